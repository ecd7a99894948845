package dev.ogrender.style;

import static dev.ogrender.style.Longhand.FONT_FAMILY;
import static dev.ogrender.style.Longhand.FONT_SIZE;
import static dev.ogrender.style.Longhand.FONT_STYLE;
import static dev.ogrender.style.Longhand.FONT_WEIGHT;
import static dev.ogrender.style.Longhand.LINE_HEIGHT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Fonts: the font shorthand, family, size, weight, style, line-height. */
final class FontProperties {

    static final String SIZE = "xx-small | x-small | small | medium | large | x-large | xx-large | xxx-large"
        + " | larger | smaller | <length> | <percentage>";
    static final String WEIGHT = "normal | bold | bolder | lighter | <number 1-1000>";
    static final String STYLE = "normal | italic | oblique";
    static final String LINE_HEIGHT_ALLOWED = "normal | <number> | <length> | <percentage>";
    static final String FAMILY = "<family-name> | <generic-family>, ...";
    static final String FONT = "[<style> || <weight>]? <size> [/ <line-height>]? <family>";

    /** Absolute size keywords at the default medium of 16px (CSS Fonts 4, Chromium's table). */
    private static final Map<String, Float> SIZE_KEYWORDS = Map.of("xx-small", 9f, "x-small", 10f, "small", 13f,
        "medium", 16f, "large", 18f, "x-large", 24f, "xx-large", 32f, "xxx-large", 48f);
    /** Chromium's factor for larger/smaller. */
    private static final float SCALE = 1.2f;

    private FontProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("font-size", SIZE, FONT_SIZE, (v, out) -> out.set(FONT_SIZE, size(Values.single(v))));
        r.add("font-weight", WEIGHT, FONT_WEIGHT, (v, out) -> out.set(FONT_WEIGHT, weight(Values.single(v))));
        r.add("font-style", STYLE, FONT_STYLE, (v, out) -> out.set(FONT_STYLE, style(v)));
        r.add("line-height", LINE_HEIGHT_ALLOWED, LINE_HEIGHT,
            (v, out) -> out.set(LINE_HEIGHT, lineHeight(Values.single(v))));
        r.add("font-family", FAMILY, FONT_FAMILY, (v, out) -> {
            List<String> families = families(v);
            out.set(FONT_FAMILY, (s, p, rem) -> s.fontFamily = families);
        });
        r.add("font", FONT, List.of(FONT_STYLE, FONT_WEIGHT, FONT_SIZE, LINE_HEIGHT, FONT_FAMILY),
            FontProperties::font);
    }

    /** The font shorthand; the parts it omits are reset to their initial values, as CSS requires. */
    private static void font(List<Token> v, Expansion out) {
        Applier style = (s, p, rem) -> s.italic = false;
        Applier weight = (s, p, rem) -> s.fontWeight = 400;
        int i = 0;
        for (; i < v.size() && i < 4; i++) {
            Token t = v.get(i);
            if (t.isIdent("normal")) {
                continue;
            } else if (t.isIdent("italic") || t.isIdent("oblique")) {
                style = style(List.of(t));
            } else if (t.is(Token.Type.NUMBER) || t.isIdent("bold") || t.isIdent("bolder") || t.isIdent("lighter")) {
                weight = weight(t);
            } else if (t.isIdent("small-caps") || t.lower().endsWith("condensed") || t.lower().endsWith("expanded")) {
                out.warn("Unsupported value \"" + t.text() + "\" in font: ignored");
            } else {
                break;
            }
        }
        if (i >= v.size()) {
            throw InvalidValue.invalid();
        }
        Applier size = size(v.get(i++));
        Applier lineHeight = (s, p, rem) -> {
            s.lineHeight = Float.NaN;
            s.lineHeightIsFactor = false;
        };
        if (i < v.size() && v.get(i).is(Token.Type.SLASH)) {
            if (i + 1 >= v.size()) {
                throw InvalidValue.invalid();
            }
            lineHeight = lineHeight(v.get(i + 1));
            i += 2;
        }
        List<String> families = families(v.subList(i, v.size()));
        out.set(FONT_STYLE, style);
        out.set(FONT_WEIGHT, weight);
        out.set(FONT_SIZE, size);
        out.set(LINE_HEIGHT, lineHeight);
        out.set(FONT_FAMILY, (s, p, rem) -> s.fontFamily = families);
    }

    /** font-size: {@code em} and {@code %} refer to the parent's font size. */
    private static Applier size(Token t) {
        if (t.is(Token.Type.IDENT)) {
            Float px = SIZE_KEYWORDS.get(t.lower());
            if (px != null) {
                float f = px;
                return (s, p, rem) -> s.fontSize = f;
            }
            if (t.isIdent("larger")) {
                return (s, p, rem) -> s.fontSize = p.fontSize * SCALE;
            }
            if (t.isIdent("smaller")) {
                return (s, p, rem) -> s.fontSize = p.fontSize / SCALE;
            }
            throw InvalidValue.invalid();
        }
        Len len = Values.length(t, true, false);
        return (s, p, rem) -> s.fontSize = len.px(p.fontSize, rem, p.fontSize, p);
    }

    private static Applier weight(Token t) {
        if (t.isIdent("normal")) {
            return (s, p, rem) -> s.fontWeight = 400;
        }
        if (t.isIdent("bold")) {
            return (s, p, rem) -> s.fontWeight = 700;
        }
        if (t.isIdent("bolder")) {
            return (s, p, rem) -> s.fontWeight = bolder(p.fontWeight);
        }
        if (t.isIdent("lighter")) {
            return (s, p, rem) -> s.fontWeight = lighter(p.fontWeight);
        }
        float w = Values.number(t);
        if (w < 1 || w > 1000) {
            throw InvalidValue.invalid();
        }
        int weight = Math.round(w);
        return (s, p, rem) -> s.fontWeight = weight;
    }

    /** @return the weight {@code bolder} computes to (CSS Fonts 4, section 2.2, relative weights table) */
    static int bolder(int inherited) {
        if (inherited < 350) {
            return 400;
        }
        if (inherited < 550) {
            return 700;
        }
        return Math.max(inherited, 900);
    }

    /** @return the weight {@code lighter} computes to (CSS Fonts 4, section 2.2) */
    static int lighter(int inherited) {
        if (inherited < 100) {
            return inherited;
        }
        if (inherited < 550) {
            return 100;
        }
        return inherited < 750 ? 400 : 700;
    }

    private static Applier style(List<Token> v) {
        Token t = v.isEmpty() ? null : v.get(0);
        // "oblique <angle>" is allowed; we have no synthetic slant, so every oblique is the italic face.
        if (t != null && (t.isIdent("italic") || t.isIdent("oblique")) && (v.size() == 1 || t.isIdent("oblique"))) {
            return (s, p, rem) -> s.italic = true;
        }
        if (t != null && t.isIdent("normal") && v.size() == 1) {
            return (s, p, rem) -> s.italic = false;
        }
        throw InvalidValue.invalid();
    }

    /** line-height: numbers stay factors (inherited as factors); lengths and percentages become px. */
    static Applier lineHeight(Token t) {
        if (t.isIdent("normal")) {
            return (s, p, rem) -> {
                s.lineHeight = Float.NaN;
                s.lineHeightIsFactor = false;
            };
        }
        if (t.is(Token.Type.NUMBER)) {
            float f = Values.number(t);
            if (f < 0) {
                throw InvalidValue.invalid();
            }
            return (s, p, rem) -> {
                s.lineHeight = f;
                s.lineHeightIsFactor = true;
            };
        }
        Len len = Values.length(t, true, false);
        return (s, p, rem) -> {
            s.lineHeight = len.px(s, rem, s.fontSize);
            s.lineHeightIsFactor = false;
        };
    }

    /** @return the family list: quotes removed, lower-cased, unquoted multi-word names joined by a space */
    static List<String> families(List<Token> v) {
        List<String> out = new ArrayList<>(3);
        StringJoiner name = new StringJoiner(" ");
        int words = 0;
        for (Token t : v) {
            if (t.is(Token.Type.COMMA)) {
                if (words == 0) {
                    throw InvalidValue.invalid();
                }
                out.add(name.toString().toLowerCase(Locale.ROOT));
                name = new StringJoiner(" ");
                words = 0;
            } else if (t.is(Token.Type.STRING) && words == 0 || t.is(Token.Type.IDENT)) {
                name.add(t.text());
                words++;
            } else {
                throw InvalidValue.invalid();
            }
        }
        if (words == 0) {
            throw InvalidValue.invalid();
        }
        out.add(name.toString().toLowerCase(Locale.ROOT));
        return List.copyOf(out);
    }
}
