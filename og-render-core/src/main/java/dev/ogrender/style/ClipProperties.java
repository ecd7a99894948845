package dev.ogrender.style;

/**
 * {@code -webkit-text-fill-color}, which with {@code background-clip: text} (parsed with the other
 * background layer properties) is the common way to fill text with a gradient.
 */
final class ClipProperties {

    private ClipProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("-webkit-text-fill-color", Colors.ALLOWED, Longhand.TEXT_FILL_COLOR, (v, out) -> {
            Integer argb = ColorProperties.colorOrCurrent(Values.single(v));
            if (argb == null) {
                out.set(Longhand.TEXT_FILL_COLOR, (s, p, rem) -> s.textFillSet = false);
                return;
            }
            int c = argb;
            out.set(Longhand.TEXT_FILL_COLOR, (s, p, rem) -> {
                s.textFillColor = c;
                s.textFillSet = true;
            });
        });
    }
}
