package dev.ogrender.paint;

import dev.ogrender.style.Filter;

/**
 * The colour functions of {@code filter} (Filter Effects 1 section 13, their feColorMatrix and
 * feComponentTransfer equivalents), applied to unpremultiplied sRGB values as Chromium does for the
 * CSS shorthands.
 */
final class ColorFilters {

    private ColorFilters() {
    }

    /** Applies one colour filter in place to TYPE_INT_ARGB_PRE pixels. */
    static void apply(Filter f, int[] px) {
        float[] m = matrix(f);
        for (int i = 0; i < px.length; i++) {
            int c = px[i];
            int a = c >>> 24;
            if (a == 0) {
                continue;
            }
            float r = ((c >> 16) & 0xFF) * 255f / a;
            float g = ((c >> 8) & 0xFF) * 255f / a;
            float b = (c & 0xFF) * 255f / a;
            float na = a * m[15];
            float nr = m[0] * r + m[1] * g + m[2] * b + m[3] * 255;
            float ng = m[4] * r + m[5] * g + m[6] * b + m[7] * 255;
            float nb = m[8] * r + m[9] * g + m[10] * b + m[11] * 255;
            int oa = clamp(na);
            px[i] = oa << 24 | clamp(nr * oa / 255) << 16 | clamp(ng * oa / 255) << 8 | clamp(nb * oa / 255);
        }
    }

    private static int clamp(float v) {
        return Math.max(0, Math.min(255, (int) (v + 0.5f)));
    }

    /** @return a 3x4 colour matrix (rows r, g, b; last column an offset in 0-1 units) then 3 unused, alpha scale */
    static float[] matrix(Filter f) {
        float a = f.amount();
        float s = 1 - a;
        return switch (f.kind()) {
            case BRIGHTNESS -> linear(a, 0);
            case CONTRAST -> linear(a, 0.5f - 0.5f * a);
            case INVERT -> linear(1 - 2 * a, a);
            case OPACITY -> withAlpha(linear(1, 0), a);
            case GRAYSCALE -> rows(0.2126f + 0.7874f * s, 0.7152f - 0.7152f * s, 0.0722f - 0.0722f * s,
                0.2126f - 0.2126f * s, 0.7152f + 0.2848f * s, 0.0722f - 0.0722f * s,
                0.2126f - 0.2126f * s, 0.7152f - 0.7152f * s, 0.0722f + 0.9278f * s);
            case SEPIA -> rows(0.393f + 0.607f * s, 0.769f - 0.769f * s, 0.189f - 0.189f * s,
                0.349f - 0.349f * s, 0.686f + 0.314f * s, 0.168f - 0.168f * s,
                0.272f - 0.272f * s, 0.534f - 0.534f * s, 0.131f + 0.869f * s);
            case SATURATE -> rows(0.213f + 0.787f * a, 0.715f - 0.715f * a, 0.072f - 0.072f * a,
                0.213f - 0.213f * a, 0.715f + 0.285f * a, 0.072f - 0.072f * a,
                0.213f - 0.213f * a, 0.715f - 0.715f * a, 0.072f + 0.928f * a);
            case HUE_ROTATE -> hue((float) Math.toRadians(a));
            default -> linear(1, 0);
        };
    }

    private static float[] linear(float slope, float intercept) {
        return new float[] {slope, 0, 0, intercept, 0, slope, 0, intercept, 0, 0, slope, intercept, 0, 0, 0, 1};
    }

    private static float[] withAlpha(float[] m, float alpha) {
        m[15] = alpha;
        return m;
    }

    private static float[] rows(float... v) {
        return new float[] {v[0], v[1], v[2], 0, v[3], v[4], v[5], 0, v[6], v[7], v[8], 0, 0, 0, 0, 1};
    }

    private static float[] hue(float rad) {
        float c = (float) Math.cos(rad);
        float s = (float) Math.sin(rad);
        return rows(0.213f + c * 0.787f - s * 0.213f, 0.715f - c * 0.715f - s * 0.715f, 0.072f - c * 0.072f + s * 0.928f,
            0.213f - c * 0.213f + s * 0.143f, 0.715f + c * 0.285f + s * 0.140f, 0.072f - c * 0.072f - s * 0.283f,
            0.213f - c * 0.213f - s * 0.787f, 0.715f - c * 0.715f + s * 0.715f, 0.072f + c * 0.928f + s * 0.072f);
    }
}
