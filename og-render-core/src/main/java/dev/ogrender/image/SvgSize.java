package dev.ogrender.image;

/**
 * The natural size of an SVG from its root element (CSS Images 3, 5.2 and SVG 2 "intrinsic
 * dimensions"): width and height in px when given as plain or px lengths, and the ratio from them or
 * else from the viewBox.
 *
 * @param width  px, or NaN
 * @param height px, or NaN
 * @param ratio  width / height, or NaN
 */
record SvgSize(float width, float height, float ratio) {

    /** Collects the root attributes while {@link SvgSafety} parses. */
    static final class Builder {
        private String width;
        private String height;
        private String viewBox;

        void root(String w, String h, String vb) {
            width = w;
            height = h;
            viewBox = vb;
        }

        SvgSize build() {
            float w = length(width);
            float h = length(height);
            float ratio = Float.NaN;
            if (w > 0 && h > 0) {
                ratio = w / h;
            } else if (viewBox != null) {
                String[] p = viewBox.trim().split("[\\s,]+");
                if (p.length == 4) {
                    float vw = number(p[2]);
                    float vh = number(p[3]);
                    if (vw > 0 && vh > 0) {
                        ratio = vw / vh;
                    }
                }
            }
            return new SvgSize(w, h, ratio);
        }

        private static float length(String v) {
            if (v == null) {
                return Float.NaN;
            }
            String s = v.trim();
            if (s.endsWith("px")) {
                s = s.substring(0, s.length() - 2);
            }
            float f = number(s);
            return f > 0 ? f : Float.NaN;
        }

        private static float number(String s) {
            try {
                return Float.parseFloat(s);
            } catch (NumberFormatException e) {
                return Float.NaN;
            }
        }
    }
}
