package dev.ogrender.style;

import dev.ogrender.style.Keywords.VerticalAlign;

/** Atomic inline boxes: vertical-align, and aspect-ratio for boxes with one definite size. */
final class InlineBoxProperties {

    static final String VERTICAL_ALIGN = "baseline | middle | top | bottom | text-top | text-bottom | sub | super"
        + " | <length> | <percentage>";
    static final String ASPECT_RATIO = "auto | <number> [/ <number>]?";

    private InlineBoxProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("vertical-align", VERTICAL_ALIGN, Longhand.VERTICAL_ALIGN, (v, out) -> {
            Token t = Values.single(v);
            if (t.is(Token.Type.IDENT)) {
                VerticalAlign a = Values.keyword(t, VerticalAlign.values());
                if (a == VerticalAlign.LENGTH) {
                    throw InvalidValue.invalid();
                }
                out.set(Longhand.VERTICAL_ALIGN, (s, p, rem) -> s.verticalAlign = a);
                return;
            }
            Applier length = Values.store(Values.length(t, true, true), (s, l) -> s.verticalAlignLength = l);
            out.set(Longhand.VERTICAL_ALIGN, (s, p, rem) -> {
                s.verticalAlign = VerticalAlign.LENGTH;
                length.apply(s, p, rem);
            });
        });
        r.add("aspect-ratio", ASPECT_RATIO, Longhand.ASPECT_RATIO, (v, out) -> {
            float ratio = ratio(v);
            out.set(Longhand.ASPECT_RATIO, (s, p, rem) -> s.aspectRatio = ratio);
        });
    }

    /** @return width / height, 0 for auto; "auto && ratio" uses the ratio (no replaced content yet) */
    private static float ratio(java.util.List<Token> v) {
        int i = 0;
        if (!v.isEmpty() && v.get(0).isIdent("auto")) {
            if (v.size() == 1) {
                return 0;
            }
            i = 1;
        }
        if (i >= v.size()) {
            throw InvalidValue.invalid();
        }
        float w = Values.number(v.get(i));
        float h = 1;
        if (i + 1 < v.size()) {
            if (i + 3 != v.size() || !v.get(i + 1).is(Token.Type.SLASH)) {
                throw InvalidValue.invalid();
            }
            h = Values.number(v.get(i + 2));
        } else if (i + 1 != v.size()) {
            throw InvalidValue.invalid();
        }
        if (w < 0 || h < 0) {
            throw InvalidValue.invalid();
        }
        // A ratio with a zero part is degenerate and behaves as auto (CSS Sizing 4, section 2.1).
        return w == 0 || h == 0 ? 0 : w / h;
    }
}
