package dev.ogrender.paint;

import static dev.ogrender.paint.GradientPixels.DITHER;
import static dev.ogrender.paint.GradientPixels.NO_DITHER;
import static dev.ogrender.paint.GradientPixels.phase;

import java.awt.Rectangle;

/**
 * Rasterises a radial gradient into an ARGB_PRE pixel array, as Skia does for Chromium: sampled at
 * pixel centres, colours interpolated premultiplied from a table, with the same 8x8 ordered dither
 * (restarting on Chromium's 254px raster tiles) as {@link GradientRaster}.
 */
final class RadialRaster {

    private RadialRaster() {
    }

    /**
     * Blends the gradient over {@code area} (device pixels, inside the target), source over.
     *
     * @param dither whether to add Skia's ordered dither (as Chromium does) or round each pixel plainly
     */
    static void fill(PaintOp.FillRadialGradient op, int[] pixels, int stride, int originX, int originY,
            Rectangle area, boolean dither) {
        float[] ditherTable = dither ? DITHER : NO_DITHER;
        float[] table = GradientPixels.table(op.fractions(), op.colors());
        float span = op.t1() - op.t0();
        float invRx = 1 / op.rx();
        float invRy = 1 / op.ry();
        int[] xPhase = GradientPixels.phases(area.x, area.width);
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
                GradientPixels.blend(pixels, row + dx, table, u, ditherTable[ditherRow + xPhase[i]]);
            }
        }
    }
}
