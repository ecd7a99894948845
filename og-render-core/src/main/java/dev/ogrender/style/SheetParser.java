package dev.ogrender.style;

import com.helger.css.ICSSWriterSettings;
import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSFontFaceRule;
import com.helger.css.decl.CSSKeyframesRule;
import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.writer.CSSWriterSettings;
import dev.ogrender.internal.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses CSS text with ph-css into a {@link Sheet}. Positions are shifted by where the CSS starts in
 * the HTML document, so that every problem points into the template the user wrote. Parsed sheets are
 * cached by text and position: a template's CSS is the same on every render.
 */
final class SheetParser {

    private static final ICSSWriterSettings WRITER = new CSSWriterSettings().setOptimizedOutput(true);
    private static final Map<String, Sheet> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 256;
    private static final Sheet USER_AGENT = parse(UserAgentStyles.CSS, 1, 1);

    private SheetParser() {
    }

    /** @return the user-agent stylesheet, parsed once per JVM */
    static Sheet userAgent() {
        return USER_AGENT;
    }

    /**
     * Parses a stylesheet, or returns the cached result.
     *
     * @param css    the text of a {@code style} element
     * @param line   the document line where the text starts
     * @param column the document column where the text starts
     * @return the sheet; {@link Sheet#rules()} is null when the text could not be parsed at all
     */
    static Sheet stylesheet(String css, int line, int column) {
        return cached("S" + line + ':' + column + ':' + css, () -> parse(css, line, column));
    }

    /**
     * Parses a {@code style} attribute as a single rule without selectors.
     *
     * @param declarations the attribute value
     * @param line         the document line where the value starts
     * @param column       the document column where the value starts
     * @return the sheet, with one rule (its selector {@code *} is not used)
     */
    static Sheet inline(String declarations, int line, int column) {
        // ph-css cannot recover from errors in a bare declaration list, but can inside a rule: wrap it,
        // and move the start two columns left to account for the added "*{".
        return cached("I" + line + ':' + column + ':' + declarations,
            () -> parse("*{" + declarations + "\n}", line, column - 2));
    }

    private static Sheet cached(String key, java.util.function.Supplier<Sheet> parse) {
        Sheet hit = CACHE.get(key);
        if (hit != null) {
            return hit;
        }
        Sheet sheet = parse.get();
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(key, sheet);
        return sheet;
    }

    private static Sheet parse(String css, int line, int column) {
        Positions at = new Positions(line, column);
        List<Problem> problems = new ArrayList<>();
        CSSReaderSettings settings = new CSSReaderSettings()
            .setBrowserCompliantMode(true)
            .setUseSourceLocation(true)
            .setTabSize(1)
            .setCustomErrorHandler(new SyntaxErrors(at, problems))
            .setCustomExceptionHandler(e -> problems.add(at.problem(
                "CSS syntax error: the stylesheet cannot be parsed (" + SyntaxErrors.firstLine(e) + ")",
                e.currentToken)))
            .setInterpretErrorHandler(new SyntaxErrors.Interpret(problems));
        CascadingStyleSheet parsed = CSSReader.readFromStringReader(css, settings);
        if (parsed == null) {
            return new Sheet(null, List.of(), List.copyOf(problems));
        }
        List<Sheet.Rule> rules = new ArrayList<>();
        List<FontFaceRule> fontFaces = new ArrayList<>();
        // ph-css keeps @import and @namespace apart from the other rules.
        parsed.getAllImportRules().forEach(r -> problems.add(at.problem(
            "Unsupported at-rule \"@import\": stylesheets are not fetched (ignored)", r.getSourceLocation())));
        parsed.getAllNamespaceRules().forEach(r -> problems.add(at.problem(
            "Unsupported at-rule \"@namespace\" (ignored)", r.getSourceLocation())));
        for (ICSSTopLevelRule r : parsed.getAllRules()) {
            if (r instanceof CSSStyleRule sr) {
                Sheet.Rule rule = rule(sr, at, problems);
                if (rule != null) {
                    rules.add(rule);
                }
            } else if (r instanceof CSSFontFaceRule ff) {
                FontFaceRule face = FontFaceParser.parse(ff, at, problems);
                if (face != null) {
                    fontFaces.add(face);
                }
            } else if (!(r instanceof CSSKeyframesRule)) {
                // Keyframes only matter to animations, which a still picture never runs.
                problems.add(at.problem("Unsupported at-rule \"" + AtRules.name(r) + "\" (its rules are ignored)",
                    AtRules.location(r)));
            }
        }
        return new Sheet(List.copyOf(rules), List.copyOf(fontFaces), List.copyOf(problems));
    }

    private static Sheet.Rule rule(CSSStyleRule sr, Positions at, List<Problem> problems) {
        List<CompiledSelector> selectors = new ArrayList<>(sr.getSelectorCount());
        for (CSSSelector sel : sr.getAllSelectors()) {
            String text = sel.getAsCSSString(WRITER, 0);
            Object compiled = CompiledSelector.compile(text);
            if (compiled instanceof CompiledSelector cs) {
                selectors.add(cs);
            } else if (compiled instanceof String why) {
                problems.add(at.problem(why, sel.getSourceLocation()));
            }
        }
        if (selectors.isEmpty()) {
            // Nothing can match: its declarations would never apply, so do not warn about them.
            return null;
        }
        List<Decl> decls = new ArrayList<>();
        for (CSSDeclaration d : sr.getAllDeclarations()) {
            int[] pos = at.position(d.getSourceLocation());
            Properties.parse(d.getProperty(), d.getExpressionAsCSSString(), d.isImportant(), pos[0], pos[1],
                decls, problems);
        }
        if (decls.isEmpty()) {
            return null;
        }
        return new Sheet.Rule(selectors.toArray(new CompiledSelector[0]), decls.toArray(new Decl[0]));
    }
}
