package dev.ogrender.style;

import dev.ogrender.style.Token.Type;
import java.util.ArrayList;
import java.util.List;

/** Shadows: {@code box-shadow} (outer and inset, spread) and {@code text-shadow}, several layers each. */
final class ShadowProperties {

    static final String BOX = "none | [inset? && <offset-x> <offset-y> <blur-radius>? <spread-radius>? && <color>?]#";
    static final String TEXT = "none | [<offset-x> <offset-y> <blur-radius>? && <color>?]#";

    private ShadowProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("box-shadow", BOX, Longhand.BOX_SHADOW, (v, out) -> {
            List<Declared> list = list(v, true);
            out.set(Longhand.BOX_SHADOW, (s, p, rem) -> s.boxShadows = compute(list, s, rem));
        });
        r.add("text-shadow", TEXT, Longhand.TEXT_SHADOW, (v, out) -> {
            List<Declared> list = list(v, false);
            out.set(Longhand.TEXT_SHADOW, (s, p, rem) -> s.textShadows = compute(list, s, rem));
        });
    }

    /** A shadow as written: lengths maybe in em, colour null for currentColor. */
    private record Declared(Len[] lengths, Integer argb, boolean inset) {
    }

    private static List<Declared> list(List<Token> v, boolean box) {
        if (v.size() == 1 && v.get(0).isIdent("none")) {
            return List.of();
        }
        List<Declared> out = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        for (Token t : v) {
            if (t.is(Type.COMMA)) {
                out.add(one(cur, box));
                cur = new ArrayList<>();
            } else {
                cur.add(t);
            }
        }
        out.add(one(cur, box));
        return List.copyOf(out);
    }

    /** One shadow: the lengths must be adjacent; inset and the colour may come first or last. */
    private static Declared one(List<Token> v, boolean box) {
        boolean inset = false;
        Token color = null;
        List<Len> lengths = new ArrayList<>(4);
        int lengthsEnd = -1;
        for (int i = 0; i < v.size(); i++) {
            Token t = v.get(i);
            Values.laterFunction(t);
            if (box && !inset && t.isIdent("inset")) {
                inset = true;
            } else if (color == null && Colors.isColor(t)) {
                color = t;
            } else if (isLength(t) && (lengthsEnd < 0 || lengthsEnd == i) && lengths.size() < (box ? 4 : 3)) {
                lengths.add(Values.length(t, false, lengths.size() != 2));
                lengthsEnd = i + 1;
            } else {
                throw InvalidValue.invalid();
            }
        }
        if (lengths.size() < 2) {
            throw InvalidValue.invalid();
        }
        Integer argb = color == null ? null : ColorProperties.colorOrCurrent(color);
        return new Declared(lengths.toArray(new Len[0]), argb, inset);
    }

    private static boolean isLength(Token t) {
        return t.is(Type.DIMENSION) || t.is(Type.NUMBER);
    }

    private static List<Shadow> compute(List<Declared> list, ComputedStyle s, float rem) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Shadow> out = new ArrayList<>(list.size());
        for (Declared d : list) {
            float[] px = new float[4];
            for (int i = 0; i < d.lengths().length; i++) {
                px[i] = d.lengths()[i].px(s.fontSize, rem, 0);
            }
            int argb = d.argb() == null ? s.color : d.argb();
            out.add(new Shadow(px[0], px[1], px[2], px[3], argb, d.inset()));
        }
        return List.copyOf(out);
    }
}
