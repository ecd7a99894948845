package dev.ogrender.style;

import com.helger.css.parser.ParseException;
import com.helger.css.parser.Token;
import com.helger.css.reader.errorhandler.ICSSInterpretErrorHandler;
import com.helger.css.reader.errorhandler.ICSSParseErrorHandler;
import dev.ogrender.internal.Problem;
import java.util.List;

/**
 * Receives ph-css's recoverable syntax errors and records them as problems (ph-css would otherwise log
 * them). Like a browser, the parser skips the broken declaration or rule and goes on.
 */
final class SyntaxErrors implements ICSSParseErrorHandler {

    private final Positions at;
    private final List<Problem> problems;

    SyntaxErrors(Positions at, List<Problem> problems) {
        this.at = at;
        this.problems = problems;
    }

    @Override
    public void onCSSParseError(ParseException ex, Token lastValid) {
        problems.add(at.problem("CSS syntax error: " + firstLine(ex), ex.currentToken != null
            ? ex.currentToken.next : lastValid));
    }

    @Override
    public void onCSSUnexpectedRule(Token current, String rule, String message) {
        problems.add(at.problem("Unsupported at-rule \"" + rule + "\" (ignored)", current));
    }

    @Override
    public void onCSSDeprecatedProperty(Token prefix, Token identifier) {
        // "*zoom"-style IE hacks: browsers ignore them silently, and so do we.
    }

    @Override
    public void onCSSBrowserCompliantSkip(ParseException ex, Token from, Token to) {
        // The exception's current token is the last good one; the next is the one that broke the rule.
        Token bad = ex != null && ex.currentToken != null && ex.currentToken.next != null
            ? ex.currentToken.next : from;
        String near = bad == null || bad.image == null || bad.image.isBlank() ? ""
            : " near \"" + bad.image.strip() + "\"";
        problems.add(at.problem("CSS syntax error" + near + ": skipped up to the next \";\" or \"}\"", bad));
    }

    /** @return the first line of a ph-css parse error message */
    static String firstLine(ParseException e) {
        String m = e.getMessage() == null ? "unexpected input" : e.getMessage().strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    /** Interpretation warnings (e.g. unknown units in selectors) become problems too. */
    static final class Interpret implements ICSSInterpretErrorHandler {
        private final List<Problem> problems;

        Interpret(List<Problem> problems) {
            this.problems = problems;
        }

        @Override
        public void onCSSInterpretationWarning(String message) {
            problems.add(Properties.problem("CSS: " + message, 0, 0));
        }

        @Override
        public void onCSSInterpretationError(String message) {
            problems.add(Properties.problem("CSS: " + message, 0, 0));
        }
    }
}
