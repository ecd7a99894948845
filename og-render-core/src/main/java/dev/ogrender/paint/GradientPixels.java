package dev.ogrender.paint;

/**
 * What the linear and radial gradient rasters share: Skia's 8x8 ordered dither as Chromium applies it
 * (restarting on its 254px raster tiles), the premultiplied colour table, and the source-over blend.
 */
final class GradientPixels {

    /** Table points along the gradient: 1024 steps are finer than any 8-bit colour change. */
    static final int STEPS = 1024;
    /**
     * Chromium rasterises pages in 256px tiles overlapping by a 1px border, so tile k starts at 254k and
     * the dither pattern restarts there.
     */
    static final int TILE_STEP = 254;
    /** Skia's ordered dither, in colour levels, row-major by (y phase, x phase). */
    static final float[] DITHER = new float[64];
    /** All zero: the same loops with dither off. */
    static final float[] NO_DITHER = new float[64];

    static {
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                int yx = y ^ x;
                int m = (yx & 1) << 5 | (x & 1) << 4 | (yx & 2) << 2 | (x & 2) << 1 | (yx & 4) >> 1 | (x & 4) >> 2;
                DITHER[y * 8 + x] = m * (2 / 128f) - (63 / 128f);
            }
        }
    }

    private GradientPixels() {
    }

    /** @return the dither phase (0-7) of a device coordinate, counted from the start of its raster tile */
    static int phase(int v) {
        int tile = v < TILE_STEP + 1 ? 0 : (v - 1) / TILE_STEP;
        return (v - TILE_STEP * tile) & 7;
    }

    /** @return the dither phase of each coordinate from start to start + length - 1 */
    static int[] phases(int start, int length) {
        int[] phase = new int[length];
        for (int i = 0; i < length; i++) {
            phase[i] = phase(start + i);
        }
        return phase;
    }

    /** Premultiplied colours in 0-255 units at STEPS + 1 points along the gradient: a, r, g, b each. */
    static float[] table(float[] stops, int[] colors) {
        float[] table = new float[(STEPS + 1) * 4];
        int k = 1;
        for (int s = 0; s <= STEPS; s++) {
            float t = s / (float) STEPS;
            while (k < stops.length - 1 && t > stops[k]) {
                k++;
            }
            int c0 = colors[k - 1];
            int c1 = colors[k];
            float span = stops[k] - stops[k - 1];
            float f = t <= stops[k - 1] ? 0 : t >= stops[k] ? 1 : (t - stops[k - 1]) / span;
            float a0 = (c0 >>> 24) / 255f;
            float a1 = (c1 >>> 24) / 255f;
            int e = s * 4;
            table[e] = 255 * (a0 + (a1 - a0) * f);
            for (int c = 1; c <= 3; c++) {
                int shift = 24 - 8 * c;
                float v0 = ((c0 >> shift) & 0xFF) * a0;
                float v1 = ((c1 >> shift) & 0xFF) * a1;
                table[e + c] = v0 + (v1 - v0) * f;
            }
        }
        return table;
    }

    /**
     * Shades one pixel at position u (0-1) along the gradient from the colour table, adds the dither d
     * (colour levels) before rounding, and blends it over the pixel at {@code index}.
     */
    static void blend(int[] pixels, int index, float[] table, float u, float d) {
        float fi = u * STEPS;
        int k = Math.min((int) fi, STEPS - 1);
        float f = fi - k;
        int e = k * 4;
        float a = table[e] + (table[e + 4] - table[e]) * f;
        int r = level(table[e + 1] + (table[e + 5] - table[e + 1]) * f + d, a);
        int g = level(table[e + 2] + (table[e + 6] - table[e + 2]) * f + d, a);
        int b = level(table[e + 3] + (table[e + 7] - table[e + 3]) * f + d, a);
        int ia = (int) (a + 0.5f);
        if (ia >= 255) {
            pixels[index] = 0xFF000000 | r << 16 | g << 8 | b;
        } else if (ia > 0) {
            pixels[index] = over(ia << 24 | r << 16 | g << 8 | b, pixels[index], ia);
        }
    }

    /** @return v rounded to a whole level, clamped to 0..max (max is the alpha: premultiplied) */
    static int level(float v, float max) {
        return (int) (Math.max(0f, Math.min(v, max)) + 0.5f);
    }

    /** @return premultiplied src over dst, with src's alpha given apart */
    static int over(int src, int dst, int srcAlpha) {
        int inv = 255 - srcAlpha;
        int a = srcAlpha + ((dst >>> 24) * inv + 127) / 255;
        int r = ((src >> 16) & 0xFF) + (((dst >> 16) & 0xFF) * inv + 127) / 255;
        int g = ((src >> 8) & 0xFF) + (((dst >> 8) & 0xFF) * inv + 127) / 255;
        int b = (src & 0xFF) + ((dst & 0xFF) * inv + 127) / 255;
        return a << 24 | Math.min(r, 255) << 16 | Math.min(g, 255) << 8 | Math.min(b, 255);
    }
}
