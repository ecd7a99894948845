package dev.ogrender.style;

import dev.ogrender.style.Token.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Colour values (CSS Color 4): hex with 3, 4, 6 or 8 digits, {@code rgb()}/{@code rgba()} and
 * {@code hsl()}/{@code hsla()} in comma and space syntax, the named colours and {@code transparent}.
 * Results are non-premultiplied ARGB with channels rounded as Chromium does.
 */
final class Colors {

    /** The allowed-values text for any colour property. */
    static final String ALLOWED = "<named-color> | #rgb | #rgba | #rrggbb | #rrggbbaa | rgb() | rgba() | hsl()"
        + " | hsla() | transparent | currentColor";

    private Colors() {
    }

    /**
     * @param t a colour token (not {@code currentColor}: callers resolve that per element)
     * @return ARGB
     */
    static int parse(Token t) {
        switch (t.type()) {
            case HASH:
                return hex(t.text());
            case IDENT:
                if (t.isIdent("transparent")) {
                    return 0;
                }
                Integer named = NamedColors.get(t.text());
                if (named == null) {
                    throw InvalidValue.invalid();
                }
                return named;
            case FUNCTION:
                return function(t);
            default:
                throw InvalidValue.invalid();
        }
    }

    /** @return whether the token looks like a colour (for shorthands that mix colours with other parts) */
    static boolean isColor(Token t) {
        if (t.isIdent("currentcolor")) {
            return true;
        }
        try {
            parse(t);
            return true;
        } catch (InvalidValue e) {
            return e.unsupportedReason() != null;
        }
    }

    private static int hex(String h) {
        for (int i = 0; i < h.length(); i++) {
            if (Character.digit(h.charAt(i), 16) < 0) {
                throw InvalidValue.invalid();
            }
        }
        switch (h.length()) {
            case 3, 4: {
                int r = Character.digit(h.charAt(0), 16) * 17;
                int g = Character.digit(h.charAt(1), 16) * 17;
                int b = Character.digit(h.charAt(2), 16) * 17;
                int a = h.length() == 4 ? Character.digit(h.charAt(3), 16) * 17 : 255;
                return a << 24 | r << 16 | g << 8 | b;
            }
            case 6:
                return 0xFF000000 | Integer.parseInt(h, 16);
            case 8: {
                long v = Long.parseLong(h, 16);
                return (int) ((v & 0xFF) << 24 | v >>> 8);
            }
            default:
                throw InvalidValue.invalid();
        }
    }

    private static int function(Token t) {
        String name = t.functionName();
        boolean rgb = name.equals("rgb") || name.equals("rgba");
        boolean hsl = name.equals("hsl") || name.equals("hsla");
        if (!rgb && !hsl) {
            if (List.of("hwb", "lab", "lch", "oklab", "oklch", "color", "color-mix", "light-dark").contains(name)) {
                throw InvalidValue.unsupported(name + "() colours are not supported yet");
            }
            Values.laterFunction(t);
            throw InvalidValue.invalid();
        }
        List<Token> channels = new ArrayList<>(4);
        Token alpha = null;
        if (t.args().size() == 1) {
            // Space syntax: "r g b / a".
            List<Token> g = t.args().get(0);
            int slash = -1;
            for (int i = 0; i < g.size(); i++) {
                if (g.get(i).is(Type.SLASH)) {
                    slash = i;
                }
            }
            channels.addAll(slash < 0 ? g : g.subList(0, slash));
            if (slash >= 0) {
                alpha = Values.single(g.subList(slash + 1, g.size()));
            }
        } else {
            for (List<Token> g : t.args()) {
                channels.add(Values.single(g));
            }
            if (channels.size() == 4) {
                alpha = channels.remove(3);
            }
        }
        if (channels.size() != 3) {
            throw InvalidValue.invalid();
        }
        int a = alpha == null ? 255 : Math.round(clamp(fraction(alpha), 0, 1) * 255f);
        int rgbValue = rgb ? rgbChannels(channels) : hslChannels(channels);
        return a << 24 | rgbValue;
    }

    private static int rgbChannels(List<Token> c) {
        int out = 0;
        for (Token t : c) {
            float v;
            if (t.isIdent("none")) {
                v = 0;
            } else if (t.is(Type.PERCENT)) {
                v = t.number() * 255f / 100f;
            } else {
                v = Values.number(t);
            }
            out = out << 8 | Math.round(clamp(v, 0, 255));
        }
        return out;
    }

    /** HSL to sRGB, CSS Color 4 section 7.1 (the sample code's hue-to-rgb form). */
    private static int hslChannels(List<Token> c) {
        float h = hue(c.get(0));
        float s = clamp(percentOrNumber(c.get(1)), 0, 100) / 100f;
        float l = clamp(percentOrNumber(c.get(2)), 0, 100) / 100f;
        h = ((h % 360f) + 360f) % 360f;
        float[] rgb = new float[3];
        int[] n = {0, 8, 4};
        for (int i = 0; i < 3; i++) {
            float k = (n[i] + h / 30f) % 12f;
            float a = s * Math.min(l, 1 - l);
            rgb[i] = l - a * Math.max(-1, Math.min(Math.min(k - 3, 9 - k), 1));
        }
        return Math.round(rgb[0] * 255) << 16 | Math.round(rgb[1] * 255) << 8 | Math.round(rgb[2] * 255);
    }

    private static float hue(Token t) {
        if (t.isIdent("none")) {
            return 0;
        }
        if (t.is(Type.NUMBER)) {
            return t.number();
        }
        if (t.is(Type.DIMENSION)) {
            return Gradients.angle(t);
        }
        throw InvalidValue.invalid();
    }

    private static float percentOrNumber(Token t) {
        if (t.isIdent("none")) {
            return 0;
        }
        return t.is(Type.PERCENT) ? t.number() : Values.number(t);
    }

    /** @return an alpha: a number, or a percentage as a fraction */
    private static float fraction(Token t) {
        if (t.isIdent("none")) {
            return 0;
        }
        return t.is(Type.PERCENT) ? t.number() / 100f : Values.number(t);
    }

    private static float clamp(float v, float lo, float hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
