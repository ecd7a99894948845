package dev.ogrender.paint;

import java.awt.Rectangle;

/**
 * Rasterises a radial gradient into an ARGB_PRE pixel array, as Skia does for Chromium: sampled at
 * pixel centres, colours interpolated premultiplied from a table, with the same 8x8 ordered dither
 * (restarting on Chromium's 254px raster tiles) as {@link GradientRaster}.
 */
final class RadialRaster {

    private static final int STEPS = 1024;
    private static final int TILE_STEP = 254;
    private static final float[] DITHER = new float[64];

    static {
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                int yx = y ^ x;
                int m = (yx & 1) << 5 | (x & 1) << 4 | (yx & 2) << 2 | (x & 2) << 1 | (yx & 4) >> 1 | (x & 4) >> 2;
                DITHER[y * 8 + x] = m * (2 / 128f) - (63 / 128f);
            }
        }
    }

    private RadialRaster() {
    }

    /** Blends the gradient over {@code area} (device pixels, inside the target), source over. */
    static void fill(PaintOp.FillRadialGradient op, int[] pixels, int stride, int originX, int originY,
            Rectangle area) {
        float[] table = table(op.fractions(), op.colors());
        float span = op.t1() - op.t0();
        float invRx = 1 / op.rx();
        float invRy = 1 / op.ry();
        int[] xPhase = new int[area.width];
        for (int i = 0; i < area.width; i++) {
            xPhase[i] = phase(area.x + i);
        }
        boolean repeating = op.repeating();
        float t0 = op.t0();
        float cx = op.cx();
        for (int j = 0; j < area.height; j++) {
            int dy = area.y + j;
            float ny = (dy + 0.5f - op.cy()) * invRy;
            float ny2 = ny * ny;
            int row = (dy - originY) * stride - originX;
            int ditherRow = phase(dy) * 8;
            for (int i = 0; i < area.width; i++) {
                int dx = area.x + i;
                float nx = (dx + 0.5f - cx) * invRx;
                float t = ((float) Math.sqrt(nx * nx + ny2) - t0) / span;
                float u = repeating ? t - (float) Math.floor(t) : Math.max(0f, Math.min(1f, t));
                float fi = u * STEPS;
                int k = Math.min((int) fi, STEPS - 1);
                float f = fi - k;
                int e = k * 4;
                float a = table[e] + (table[e + 4] - table[e]) * f;
                float d = DITHER[ditherRow + xPhase[i]];
                int r = level(table[e + 1] + (table[e + 5] - table[e + 1]) * f + d, a);
                int g = level(table[e + 2] + (table[e + 6] - table[e + 2]) * f + d, a);
                int b = level(table[e + 3] + (table[e + 7] - table[e + 3]) * f + d, a);
                int ia = (int) (a + 0.5f);
                int index = row + dx;
                if (ia >= 255) {
                    pixels[index] = 0xFF000000 | r << 16 | g << 8 | b;
                } else if (ia > 0) {
                    pixels[index] = over(ia << 24 | r << 16 | g << 8 | b, pixels[index], ia);
                }
            }
        }
    }

    /** Premultiplied colours in 0-255 units at STEPS + 1 points: a, r, g, b each. */
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

    private static int phase(int v) {
        int tile = v < TILE_STEP + 1 ? 0 : (v - 1) / TILE_STEP;
        return (v - TILE_STEP * tile) & 7;
    }

    private static int level(float v, float max) {
        return (int) (Math.max(0f, Math.min(v, max)) + 0.5f);
    }

    private static int over(int src, int dst, int srcAlpha) {
        int inv = 255 - srcAlpha;
        int a = srcAlpha + ((dst >>> 24) * inv + 127) / 255;
        int r = ((src >> 16) & 0xFF) + (((dst >> 16) & 0xFF) * inv + 127) / 255;
        int g = ((src >> 8) & 0xFF) + (((dst >> 8) & 0xFF) * inv + 127) / 255;
        int b = (src & 0xFF) + ((dst & 0xFF) * inv + 127) / 255;
        return a << 24 | Math.min(r, 255) << 16 | Math.min(g, 255) << 8 | Math.min(b, 255);
    }
}
