package dev.ogrender.style;

import static dev.ogrender.style.Longhand.TEXT_DECORATION_COLOR;
import static dev.ogrender.style.Longhand.TEXT_DECORATION_LINE;
import static dev.ogrender.style.Longhand.TEXT_DECORATION_STYLE;
import static dev.ogrender.style.Longhand.TEXT_DECORATION_THICKNESS;

import dev.ogrender.style.Keywords.TextDecorationStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Text decoration: the {@code text-decoration} shorthand, its line, colour, style and thickness
 * longhands, and {@code text-underline-offset}. An element that declares a line records a
 * {@link TextDecoration} that its descendants' text inherits.
 */
final class TextDecorationProperties {

    static final String LINE = "none | [underline || overline || line-through || blink]";
    static final String STYLE = Values.allowed(TextDecorationStyle.values());
    static final String THICKNESS = "auto | from-font | <length> | <percentage>";
    static final String OFFSET = "auto | <length> | <percentage>";
    static final String SHORTHAND = "<line> || <style> || <color> || <thickness>";

    private TextDecorationProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("text-decoration-line", LINE, TEXT_DECORATION_LINE,
            (v, out) -> out.set(TEXT_DECORATION_LINE, line(v)));
        r.add("text-decoration-style", STYLE, TEXT_DECORATION_STYLE,
            (v, out) -> out.set(TEXT_DECORATION_STYLE, style(Values.single(v))));
        r.add("text-decoration-color", Colors.ALLOWED, TEXT_DECORATION_COLOR,
            (v, out) -> out.set(TEXT_DECORATION_COLOR, color(Values.single(v))));
        r.add("text-decoration-thickness", THICKNESS, TEXT_DECORATION_THICKNESS,
            (v, out) -> out.set(TEXT_DECORATION_THICKNESS, thickness(Values.single(v))));
        r.add("text-underline-offset", OFFSET, Longhand.TEXT_UNDERLINE_OFFSET, (v, out) -> {
            Token t = Values.single(v);
            Len len = t.isIdent("auto") ? null : Values.length(t, true, true);
            out.set(Longhand.TEXT_UNDERLINE_OFFSET, (s, p, rem) ->
                s.textUnderlineOffset = len == null ? Float.NaN : len.px(s, rem, s.fontSize));
        });
        r.add("text-decoration", SHORTHAND, List.of(TEXT_DECORATION_COLOR, TEXT_DECORATION_STYLE,
            TEXT_DECORATION_THICKNESS, TEXT_DECORATION_LINE), TextDecorationProperties::shorthand);
    }

    /** Records the element's own decoration, if it declares a line, after those it inherited. */
    static void applyOwn(ComputedStyle s) {
        if (s.textDecorationLine == 0) {
            return;
        }
        int argb = s.textDecorationColor == null ? s.color : s.textDecorationColor;
        List<TextDecoration> all = new ArrayList<>(s.textDecorations.size() + 1);
        all.addAll(s.textDecorations);
        all.add(new TextDecoration(s.textDecorationLine, argb, s.textDecorationStyle, s.textDecorationThickness,
            s.textUnderlineOffset, s.fontSize));
        s.textDecorations = List.copyOf(all);
    }

    /** The shorthand; omitted parts reset to their initial values. */
    private static void shorthand(List<Token> v, Expansion out) {
        List<Token> lines = new ArrayList<>(2);
        Applier style = null;
        Applier color = null;
        Applier thickness = null;
        for (Token t : v) {
            String k = t.is(Token.Type.IDENT) ? t.lower() : "";
            if (k.equals("none") || k.equals("underline") || k.equals("overline") || k.equals("line-through")
                    || k.equals("blink")) {
                lines.add(t);
            } else if (isStyle(t)) {
                style = once(style, style(t));
            } else if (k.equals("auto") || k.equals("from-font") || t.is(Token.Type.DIMENSION)
                    || t.is(Token.Type.PERCENT) || t.is(Token.Type.NUMBER) || isMath(t)) {
                thickness = once(thickness, thickness(t));
            } else {
                color = once(color, color(t));
            }
        }
        out.set(TEXT_DECORATION_COLOR, color != null ? color : (s, p, rem) -> s.textDecorationColor = null);
        out.set(TEXT_DECORATION_STYLE, style != null ? style
            : (s, p, rem) -> s.textDecorationStyle = TextDecorationStyle.SOLID);
        out.set(TEXT_DECORATION_THICKNESS, thickness != null ? thickness
            : (s, p, rem) -> s.textDecorationThickness = TextDecoration.Thickness.AUTO);
        out.set(TEXT_DECORATION_LINE, lines.isEmpty() ? (s, p, rem) -> s.textDecorationLine = 0 : line(lines));
    }

    private static Applier once(Applier previous, Applier next) {
        if (previous != null) {
            throw InvalidValue.invalid();
        }
        return next;
    }

    private static boolean isStyle(Token t) {
        for (TextDecorationStyle s : TextDecorationStyle.values()) {
            if (t.isIdent(Keywords.css(s))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMath(Token t) {
        return t.is(Token.Type.FUNCTION) && Calc.isMathFunction(t);
    }

    private static Applier line(List<Token> v) {
        int bits = 0;
        for (Token t : v) {
            int bit = switch (t.is(Token.Type.IDENT) ? t.lower() : "") {
                case "underline" -> TextDecoration.UNDERLINE;
                case "overline" -> TextDecoration.OVERLINE;
                case "line-through" -> TextDecoration.LINE_THROUGH;
                // blink is valid and, as in every current browser, never drawn.
                case "blink" -> 8;
                case "none" -> v.size() == 1 ? 0 : -1;
                default -> -1;
            };
            if (bit < 0 || (bits & bit) != 0) {
                throw InvalidValue.invalid();
            }
            bits |= bit;
        }
        int lines = bits & 7;
        return (s, p, rem) -> {
            s.textDecorationLine = lines;
            applyOwn(s);
        };
    }

    private static Applier style(Token t) {
        TextDecorationStyle st = Values.keyword(t, TextDecorationStyle.values());
        return (s, p, rem) -> s.textDecorationStyle = st;
    }

    private static Applier color(Token t) {
        Integer argb = ColorProperties.colorOrCurrent(t);
        return (s, p, rem) -> s.textDecorationColor = argb;
    }

    private static Applier thickness(Token t) {
        if (t.isIdent("auto")) {
            return (s, p, rem) -> s.textDecorationThickness = TextDecoration.Thickness.AUTO;
        }
        if (t.isIdent("from-font")) {
            return (s, p, rem) -> s.textDecorationThickness = TextDecoration.Thickness.FROM_FONT;
        }
        if (t.is(Token.Type.PERCENT)) {
            float em = t.number() / 100f;
            return (s, p, rem) -> s.textDecorationThickness = new TextDecoration.Thickness(Float.NaN, em, false);
        }
        Len len = Values.length(t, false, false);
        return (s, p, rem) -> s.textDecorationThickness =
            new TextDecoration.Thickness(len.px(s, rem, 0), Float.NaN, false);
    }
}
