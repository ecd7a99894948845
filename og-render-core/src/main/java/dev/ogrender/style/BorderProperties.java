package dev.ogrender.style;

import dev.ogrender.style.Keywords.BorderStyle;
import dev.ogrender.style.Token.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Borders: the border shorthands, per-side width/style/colour, border-radius with elliptical corners. */
final class BorderProperties {

    static final String WIDTH = "thin | medium | thick | <length>";
    static final String STYLE = "none | hidden | solid | dashed | dotted | double | groove | ridge | inset | outset";
    static final String BORDER = "<width> || <style> || <color>";
    static final String RADIUS = "[<length> | <percentage>]{1,4} [/ [<length> | <percentage>]{1,4}]?";
    static final String CORNER = "[<length> | <percentage>]{1,2}";

    private static final Set<String> STYLE_WORDS = Set.of(STYLE.split(" \\| "));
    private static final Set<String> WIDTH_WORDS = Set.of("thin", "medium", "thick");
    private static final String[] SIDES = {"top", "right", "bottom", "left"};
    private static final String[] CORNERS = {"top-left", "top-right", "bottom-right", "bottom-left"};
    private static final Longhand[] WIDTHS = {Longhand.BORDER_TOP_WIDTH, Longhand.BORDER_RIGHT_WIDTH,
        Longhand.BORDER_BOTTOM_WIDTH, Longhand.BORDER_LEFT_WIDTH};
    private static final Longhand[] STYLES = {Longhand.BORDER_TOP_STYLE, Longhand.BORDER_RIGHT_STYLE,
        Longhand.BORDER_BOTTOM_STYLE, Longhand.BORDER_LEFT_STYLE};
    private static final Longhand[] COLORS = {Longhand.BORDER_TOP_COLOR, Longhand.BORDER_RIGHT_COLOR,
        Longhand.BORDER_BOTTOM_COLOR, Longhand.BORDER_LEFT_COLOR};
    private static final Longhand[] RADII = {Longhand.BORDER_TOP_LEFT_RADIUS, Longhand.BORDER_TOP_RIGHT_RADIUS,
        Longhand.BORDER_BOTTOM_RIGHT_RADIUS, Longhand.BORDER_BOTTOM_LEFT_RADIUS};

    private BorderProperties() {
    }

    static void register(PropertyDef.Registry r) {
        List<Longhand> all = new ArrayList<>(List.of(WIDTHS));
        all.addAll(List.of(STYLES));
        all.addAll(List.of(COLORS));
        r.add("border", BORDER, all, (v, out) -> side(v, out, 0, 1, 2, 3));
        r.add("border-width", WIDTH + " {1,4}", List.of(WIDTHS), (v, out) -> each(v, out, BorderProperties::width));
        r.add("border-style", STYLE + " {1,4}", List.of(STYLES), (v, out) -> each(v, out, BorderProperties::style));
        r.add("border-color", Colors.ALLOWED + " {1,4}", List.of(COLORS),
            (v, out) -> each(v, out, BorderProperties::color));
        for (int i = 0; i < 4; i++) {
            int side = i;
            String name = "border-" + SIDES[i];
            r.add(name, BORDER, List.of(WIDTHS[i], STYLES[i], COLORS[i]), (v, out) -> side(v, out, side));
            r.add(name + "-width", WIDTH, WIDTHS[i], (v, out) -> width(Values.single(v), side, out));
            r.add(name + "-style", STYLE, STYLES[i], (v, out) -> style(Values.single(v), side, out));
            r.add(name + "-color", Colors.ALLOWED, COLORS[i], (v, out) -> color(Values.single(v), side, out));
            r.add("border-" + CORNERS[i] + "-radius", CORNER, RADII[i], (v, out) -> {
                if (v.isEmpty() || v.size() > 2) {
                    throw InvalidValue.invalid();
                }
                corner(v.get(0), v.get(v.size() - 1), side, out);
            });
        }
        r.add("border-radius", RADIUS, List.of(RADII), BorderProperties::radius);
    }

    private interface SideParser {
        void parse(Token t, int side, Expansion out);
    }

    private static void each(List<Token> v, Expansion out, SideParser p) {
        Token[] t = BoxProperties.fourSides(v);
        for (int i = 0; i < 4; i++) {
            p.parse(t[i], i, out);
        }
    }

    /** {@code border} and {@code border-<side>}: omitted parts reset to medium, none, currentColor. */
    private static void side(List<Token> v, Expansion out, int... sides) {
        Token width = null;
        Token style = null;
        Token color = null;
        if (v.isEmpty() || v.size() > 3) {
            throw InvalidValue.invalid();
        }
        for (Token t : v) {
            if (style == null && t.is(Type.IDENT) && STYLE_WORDS.contains(t.lower())) {
                style = t;
            } else if (width == null && (t.is(Type.IDENT) && WIDTH_WORDS.contains(t.lower()) || !t.is(Type.IDENT)
                    && !t.is(Type.HASH) && !t.is(Type.FUNCTION))) {
                width = t;
            } else if (color == null) {
                color = t;
            } else {
                throw InvalidValue.invalid();
            }
        }
        Token none = new Token(Type.IDENT, "none", 0, "", List.of());
        Token medium = new Token(Type.IDENT, "medium", 0, "", List.of());
        Token current = new Token(Type.IDENT, "currentcolor", 0, "", List.of());
        for (int s : sides) {
            width(width == null ? medium : width, s, out);
            style(style == null ? none : style, s, out);
            color(color == null ? current : color, s, out);
        }
    }

    private static void width(Token t, int side, Expansion out) {
        float fixed = t.isIdent("thin") ? 1 : t.isIdent("medium") ? 3 : t.isIdent("thick") ? 5 : -1;
        if (fixed >= 0) {
            out.set(WIDTHS[side], (s, p, rem) -> s.borderWidth[side] = fixed);
            return;
        }
        Len len = Values.length(t, false, false);
        out.set(WIDTHS[side], (s, p, rem) -> s.borderWidth[side] = len.px(s, rem, 0));
    }

    private static void style(Token t, int side, Expansion out) {
        if (!t.is(Type.IDENT) || !STYLE_WORDS.contains(t.lower())) {
            throw InvalidValue.invalid();
        }
        String k = t.lower();
        BorderStyle b = switch (k) {
            case "none", "hidden" -> BorderStyle.NONE;
            case "dashed" -> BorderStyle.DASHED;
            case "dotted" -> BorderStyle.DOTTED;
            case "double" -> BorderStyle.DOUBLE;
            default -> BorderStyle.SOLID;
        };
        if (b == BorderStyle.SOLID && !k.equals("solid")) {
            String w = "Unsupported value \"" + t.text() + "\" for border style (drawn as solid)";
            if (!out.warnings.contains(w)) {
                out.warn(w);
            }
        }
        out.set(STYLES[side], (s, p, rem) -> s.borderStyle[side] = b);
    }

    private static void color(Token t, int side, Expansion out) {
        Integer argb = ColorProperties.colorOrCurrent(t);
        if (argb == null) {
            out.set(COLORS[side], (s, p, rem) -> s.borderColor[side] = s.color);
        } else {
            int c = argb;
            out.set(COLORS[side], (s, p, rem) -> s.borderColor[side] = c);
        }
    }

    /** {@code border-radius}: horizontal radii, then optionally {@code /} and vertical radii. */
    private static void radius(List<Token> v, Expansion out) {
        int slash = -1;
        for (int i = 0; i < v.size(); i++) {
            if (v.get(i).is(Type.SLASH)) {
                slash = i;
            }
        }
        Token[] x = BoxProperties.fourSides(slash < 0 ? v : v.subList(0, slash));
        Token[] y = slash < 0 ? x : BoxProperties.fourSides(v.subList(slash + 1, v.size()));
        for (int i = 0; i < 4; i++) {
            corner(x[i], y[i], i, out);
        }
    }

    private static void corner(Token x, Token y, int corner, Expansion out) {
        Len lx = Values.length(x, true, false);
        Len ly = Values.length(y, true, false);
        out.set(RADII[corner], (s, p, rem) -> {
            s.radiusX[corner] = lx.compute(s.fontSize, rem, s);
            s.radiusY[corner] = ly.compute(s.fontSize, rem, s);
        });
    }
}
