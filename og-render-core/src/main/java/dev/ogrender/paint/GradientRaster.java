package dev.ogrender.paint;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Rasterises a linear gradient directly: faster than {@code LinearGradientPaint} and drawn the way
 * Chromium's Skia draws it, sampled at pixel centres, interpolated premultiplied, and with Skia's 8x8
 * ordered dither (less than half a level either way) before rounding, which keeps wide gradients free
 * of bands and makes the noise match Chromium's pixel for pixel.
 */
final class GradientRaster {

    private GradientRaster() {
    }

    /**
     * @param op     the gradient
     * @param bounds device pixels to cover
     * @return a TYPE_INT_ARGB_PRE image of {@code bounds}'s size, pixel (0, 0) at the bounds' origin
     */
    static BufferedImage render(PaintOp.FillLinearGradient op, Rectangle bounds) {
        BufferedImage image = new BufferedImage(bounds.width, bounds.height, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] out = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        float[] stops = op.fractions();
        int n = stops.length;
        float[][] premul = new float[n][4];
        for (int i = 0; i < n; i++) {
            int c = op.colors()[i];
            float a = (c >>> 24) / 255f;
            premul[i][0] = a;
            premul[i][1] = ((c >> 16) & 0xFF) / 255f * a;
            premul[i][2] = ((c >> 8) & 0xFF) / 255f * a;
            premul[i][3] = (c & 0xFF) / 255f * a;
        }
        double vx = op.x2() - op.x1();
        double vy = op.y2() - op.y1();
        double len2 = vx * vx + vy * vy;
        float dtx = (float) (vx / len2);
        float dty = (float) (vy / len2);
        float[] px = new float[4];
        for (int j = 0; j < bounds.height; j++) {
            int dy = bounds.y + j;
            float t = (float) (((bounds.x + 0.5 - op.x1()) * vx + (dy + 0.5 - op.y1()) * vy) / len2);
            int row = j * bounds.width;
            for (int i = 0; i < bounds.width; i++, t += dtx) {
                float u = op.repeating() ? t - (float) Math.floor(t) : t;
                color(u, stops, premul, px);
                out[row + i] = pack(px, dither(bounds.x + i, dy));
            }
        }
        return image;
    }

    private static void color(float t, float[] stops, float[][] premul, float[] px) {
        int n = stops.length;
        if (t <= stops[0]) {
            System.arraycopy(premul[0], 0, px, 0, 4);
            return;
        }
        if (t >= stops[n - 1]) {
            System.arraycopy(premul[n - 1], 0, px, 0, 4);
            return;
        }
        int k = 1;
        while (t > stops[k]) {
            k++;
        }
        float f = (t - stops[k - 1]) / (stops[k] - stops[k - 1]);
        float[] a = premul[k - 1];
        float[] b = premul[k];
        for (int c = 0; c < 4; c++) {
            px[c] = a[c] + (b[c] - a[c]) * f;
        }
    }

    /**
     * Skia's ordered dither: an 8x8 Bayer value from the position in the raster tile, in (-0.5, 0.5)
     * levels. Chromium rasterises pages in 256px tiles that overlap by a 1px border, so tile k starts at
     * 254k and the pattern restarts there; following that makes our noise equal to Chromium's.
     */
    static float dither(int deviceX, int deviceY) {
        int x = deviceX - TILE_STEP * tileIndex(deviceX);
        int y = deviceY - TILE_STEP * tileIndex(deviceY);
        int yx = y ^ x;
        int m = (yx & 1) << 5 | (x & 1) << 4 | (yx & 2) << 2 | (x & 2) << 1 | (yx & 4) >> 1 | (x & 4) >> 2;
        return m * (2 / 128f) - (63 / 128f);
    }

    private static final int TILE_STEP = 254;

    /** The tile whose interior holds a pixel: the first covers [0, 255), tile k covers [254k+1, 254k+255). */
    private static int tileIndex(int v) {
        return v < TILE_STEP + 1 ? 0 : (v - 1) / TILE_STEP;
    }

    private static int pack(float[] px, float dither) {
        float a = px[0];
        int ia = Math.round(a * 255);
        int r = level(px[1], a, dither);
        int g = level(px[2], a, dither);
        int b = level(px[3], a, dither);
        return ia << 24 | r << 16 | g << 8 | b;
    }

    private static int level(float v, float a, float dither) {
        float d = v * 255 + dither;
        float max = a * 255;
        return (int) (Math.max(0, Math.min(d, max)) + 0.5f);
    }
}
