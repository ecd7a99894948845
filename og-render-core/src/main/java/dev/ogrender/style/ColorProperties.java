package dev.ogrender.style;

/** Foreground colour and opacity. */
final class ColorProperties {

    static final String COLOR = Colors.ALLOWED;
    static final String OPACITY = "<number> | <percentage>";

    private ColorProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("color", COLOR, Longhand.COLOR, (v, out) -> {
            Token t = Values.single(v);
            if (t.isIdent("currentcolor")) {
                // On color itself, currentColor means the inherited colour.
                out.set(Longhand.COLOR, (s, p, rem) -> s.color = p.color);
                return;
            }
            int argb = Colors.parse(t);
            out.set(Longhand.COLOR, (s, p, rem) -> s.color = argb);
        });
        r.add("opacity", OPACITY, Longhand.OPACITY, (v, out) -> {
            Token t = Values.single(v);
            Values.laterFunction(t);
            float o;
            if (t.is(Token.Type.PERCENT)) {
                o = t.number() / 100f;
            } else {
                o = Values.number(t);
            }
            // Out-of-range values are valid and clamp at computed-value time.
            float clamped = Math.max(0f, Math.min(1f, o));
            out.set(Longhand.OPACITY, (s, p, rem) -> s.opacity = clamped);
        });
    }

    /**
     * @param t a colour token, possibly {@code currentColor}
     * @return an applier-friendly colour: the ARGB value, or null for {@code currentColor}
     */
    static Integer colorOrCurrent(Token t) {
        return t.isIdent("currentcolor") ? null : Colors.parse(t);
    }
}
