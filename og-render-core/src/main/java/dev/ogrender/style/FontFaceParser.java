package dev.ogrender.style;

import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSFontFaceRule;
import dev.ogrender.internal.Problem;
import dev.ogrender.style.Token.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code @font-face} rules: font-family, src (url() with optional format(); local() is skipped
 * because system fonts are never read), font-weight (a weight or a range) and font-style. A rule without
 * a family or a usable src is dropped with a warning, as browsers drop it.
 */
final class FontFaceParser {

    static final String FORMATS = "truetype | opentype | woff | woff2";

    private FontFaceParser() {
    }

    /** @return the rule, or null when it cannot be used (a warning says why) */
    static FontFaceRule parse(CSSFontFaceRule ff, Positions at, List<Problem> problems) {
        int[] pos = at.position(ff.getSourceLocation());
        String family = null;
        List<FontFaceRule.Source> sources = new ArrayList<>();
        int[] weight = {400, 400};
        boolean italic = false;
        for (CSSDeclaration d : ff.getAllDeclarations()) {
            String prop = d.getProperty().toLowerCase(Locale.ROOT);
            List<Token> v = Token.tokenize(d.getExpressionAsCSSString());
            int[] dp = at.position(d.getSourceLocation());
            try {
                switch (prop) {
                    case "font-family" -> family = family(v);
                    case "src" -> sources = sources(v, dp, problems);
                    case "font-weight" -> weight = weights(v);
                    case "font-style" -> italic = !Values.single(v).isIdent("normal");
                    default -> { } // unicode-range, font-display, descriptors that do not change the picture
                }
            } catch (InvalidValue e) {
                problems.add(Properties.problem("Invalid value \"" + d.getExpressionAsCSSString() + "\" for "
                    + prop + " in @font-face (rule ignored)", dp[0], dp[1]));
                return null;
            }
        }
        if (family == null || sources.isEmpty()) {
            problems.add(Properties.problem("@font-face needs font-family and a src with url() (rule ignored)",
                pos[0], pos[1]));
            return null;
        }
        return new FontFaceRule(family, List.copyOf(sources), weight[0], weight[1], italic, pos[0], pos[1]);
    }

    private static String family(List<Token> v) {
        Token t = Values.single(v);
        if (t.is(Type.STRING) || t.is(Type.IDENT)) {
            return t.text().strip();
        }
        throw InvalidValue.invalid();
    }

    private static List<FontFaceRule.Source> sources(List<Token> v, int[] dp, List<Problem> problems) {
        List<FontFaceRule.Source> out = new ArrayList<>();
        for (List<Token> item : BackgroundProperties.layers(v)) {
            if (item.isEmpty() || !item.get(0).is(Type.FUNCTION)) {
                throw InvalidValue.invalid();
            }
            Token f = item.get(0);
            if (f.functionName().equals("local")) {
                continue;
            }
            if (!f.functionName().equals("url")) {
                throw InvalidValue.invalid();
            }
            String format = "";
            if (item.size() > 1 && item.get(1).is(Type.FUNCTION) && item.get(1).functionName().equals("format")) {
                List<Token> arg = item.get(1).args().get(0);
                format = arg.isEmpty() ? "" : arg.get(0).text().toLowerCase(Locale.ROOT);
            }
            out.add(new FontFaceRule.Source(LayerValues.url(f).url(), format));
        }
        return out;
    }

    /** font-weight descriptor: normal | bold | a number, or two of them for a range. */
    private static int[] weights(List<Token> v) {
        if (v.isEmpty() || v.size() > 2) {
            throw InvalidValue.invalid();
        }
        int a = weight(v.get(0));
        int b = v.size() == 2 ? weight(v.get(1)) : a;
        return new int[] {Math.min(a, b), Math.max(a, b)};
    }

    private static int weight(Token t) {
        if (t.isIdent("normal")) {
            return 400;
        }
        if (t.isIdent("bold")) {
            return 700;
        }
        if (t.is(Type.NUMBER) && t.number() >= 1 && t.number() <= 1000) {
            return Math.round(t.number());
        }
        throw InvalidValue.invalid();
    }
}
