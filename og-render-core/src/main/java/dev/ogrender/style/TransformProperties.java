package dev.ogrender.style;

import dev.ogrender.style.Token.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** 2D transforms: {@code transform} (translate, scale, rotate, skew, matrix) and {@code transform-origin}. */
final class TransformProperties {

    static final String TRANSFORM = "none | [translate() | translateX() | translateY() | scale() | scaleX()"
        + " | scaleY() | rotate() | skew() | skewX() | skewY() | matrix()]+";
    static final String ORIGIN = "[left | center | right | top | bottom | <length-percentage>]{1,2}";

    private static final Set<String> THREE_D = Set.of("translate3d", "translatez", "scale3d", "scalez",
        "rotate3d", "rotatex", "rotatey", "matrix3d", "perspective");

    private TransformProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("transform", TRANSFORM, Longhand.TRANSFORM, (v, out) -> {
            if (v.size() == 1 && v.get(0).isIdent("none")) {
                out.set(Longhand.TRANSFORM, (s, p, rem) -> s.transform = List.of());
                return;
            }
            List<Part> parts = new ArrayList<>();
            for (Token t : v) {
                parts.add(function(t));
            }
            out.set(Longhand.TRANSFORM, (s, p, rem) -> s.transform = compute(parts, s, rem));
        });
        r.add("transform-origin", ORIGIN, Longhand.TRANSFORM_ORIGIN, (v, out) -> {
            if (v.size() == 3) {
                Len z = Values.length(v.get(2), false, true);
                if (z.value() != 0) {
                    throw InvalidValue.unsupported("a z offset is not supported (2D transforms only)");
                }
            }
            Len[] xy = BoxPosition.parse(v.size() == 3 ? v.subList(0, 2) : v);
            out.set(Longhand.TRANSFORM_ORIGIN, (s, p, rem) -> {
                s.transformOriginX = xy[0].compute(s.fontSize, rem);
                s.transformOriginY = xy[1].compute(s.fontSize, rem);
            });
        });
    }

    /** A parsed function: a translation by lengths, or a fixed matrix. */
    private record Part(Len tx, Len ty, Transform matrix) {
    }

    private static Part function(Token t) {
        if (!t.is(Type.FUNCTION)) {
            throw InvalidValue.invalid();
        }
        String name = t.functionName();
        if (THREE_D.contains(name)) {
            throw InvalidValue.unsupported(name + "() is not supported (2D transforms only)");
        }
        List<Token> a = flat(t);
        return switch (name) {
            case "translate" -> count(a, 1, 2) == 1 ? translate(a.get(0), null) : translate(a.get(0), a.get(1));
            case "translatex" -> translate(one(a), null);
            case "translatey" -> translate(null, one(a));
            case "scale" -> count(a, 1, 2) == 1 ? scale(number(a.get(0)), number(a.get(0)))
                : scale(number(a.get(0)), number(a.get(1)));
            case "scalex" -> scale(number(one(a)), 1);
            case "scaley" -> scale(1, number(one(a)));
            case "rotate", "rotatez" -> rotate(angle(one(a)));
            case "skew" -> count(a, 1, 2) == 1 ? skew(angle(a.get(0)), 0) : skew(angle(a.get(0)), angle(a.get(1)));
            case "skewx" -> skew(angle(one(a)), 0);
            case "skewy" -> skew(0, angle(one(a)));
            case "matrix" -> matrix(a);
            default -> throw InvalidValue.invalid();
        };
    }

    /** @return the arguments, whether separated by commas or (wrongly, but only for counting) spaces */
    private static List<Token> flat(Token fn) {
        List<Token> out = new ArrayList<>();
        for (List<Token> group : fn.args()) {
            if (group.size() != 1) {
                throw InvalidValue.invalid();
            }
            out.add(group.get(0));
        }
        return out;
    }

    private static int count(List<Token> a, int min, int max) {
        if (a.size() < min || a.size() > max) {
            throw InvalidValue.invalid();
        }
        return a.size();
    }

    private static Token one(List<Token> a) {
        count(a, 1, 1);
        return a.get(0);
    }

    private static float number(Token t) {
        if (t.is(Type.PERCENT)) {
            return t.number() / 100f;
        }
        return Values.number(t);
    }

    private static float angle(Token t) {
        Values.laterFunction(t);
        if (t.is(Type.NUMBER) && t.number() == 0) {
            return 0;
        }
        return (float) Math.toRadians(Gradients.angle(t));
    }

    private static Part translate(Token x, Token y) {
        return new Part(x == null ? Len.ZERO : Values.length(x, true, true),
            y == null ? Len.ZERO : Values.length(y, true, true), null);
    }

    private static Part scale(float x, float y) {
        return new Part(null, null, Transform.matrix(x, 0, 0, y, 0, 0));
    }

    private static Part rotate(float rad) {
        float c = (float) Math.cos(rad);
        float s = (float) Math.sin(rad);
        return new Part(null, null, Transform.matrix(c, s, -s, c, 0, 0));
    }

    private static Part skew(float ax, float ay) {
        return new Part(null, null, Transform.matrix(1, (float) Math.tan(ay), (float) Math.tan(ax), 1, 0, 0));
    }

    private static Part matrix(List<Token> a) {
        count(a, 6, 6);
        float[] m = new float[6];
        for (int i = 0; i < 6; i++) {
            m[i] = Values.number(a.get(i));
        }
        return new Part(null, null, Transform.matrix(m[0], m[1], m[2], m[3], m[4], m[5]));
    }

    private static List<Transform> compute(List<Part> parts, ComputedStyle s, float rem) {
        List<Transform> out = new ArrayList<>(parts.size());
        for (Part p : parts) {
            out.add(p.matrix() != null ? p.matrix()
                : Transform.translate(p.tx().compute(s.fontSize, rem), p.ty().compute(s.fontSize, rem)));
        }
        return List.copyOf(out);
    }
}
