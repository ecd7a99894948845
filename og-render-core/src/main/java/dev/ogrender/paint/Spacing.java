package dev.ogrender.paint;

import dev.ogrender.style.BackgroundLayers.Repeat;
import dev.ogrender.style.BackgroundLayers.RepeatStyle;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * {@code background-repeat: space} (CSS Backgrounds 3, 3.4): as many whole tiles as fit, the first and
 * last touching the area's edges and the rest spread evenly; one tile placed by background-position when
 * fewer than two fit. Each tile is its own fill, so a huge count falls back to plain repeat.
 */
final class Spacing {

    private static final int MAX_TILES = 1024;

    private Spacing() {
    }

    /** @return false when there would be too many tiles (the caller then repeats instead) */
    static boolean paint(float[] area, Shape clip, float x, float y, float[] tile, Repeat repeat,
            BufferedImage pixels, DisplayList out) {
        Rectangle2D bounds = clip.getBounds2D();
        float[] xs = starts(repeat.x(), area[0], area[2], x, tile[0], (float) bounds.getMinX(), (float) bounds.getMaxX());
        float[] ys = starts(repeat.y(), area[1], area[3], y, tile[1], (float) bounds.getMinY(), (float) bounds.getMaxY());
        if (xs == null || ys == null || (long) xs.length * ys.length > MAX_TILES) {
            return false;
        }
        for (float ty : ys) {
            for (float tx : xs) {
                Area a = new Area(clip);
                a.intersect(new Area(new Rectangle2D.Float(tx, ty, tile[0], tile[1])));
                if (!a.isEmpty()) {
                    out.add(new PaintOp.FillImage(a, pixels, tx, ty, tile[0], tile[1], false));
                }
            }
        }
        return true;
    }

    /** @return the start of each tile along one axis, or null for more than {@link #MAX_TILES} */
    private static float[] starts(RepeatStyle style, float start, float size, float placed, float tile, float min,
            float max) {
        if (style == RepeatStyle.NO_REPEAT) {
            return new float[] {placed};
        }
        if (style == RepeatStyle.SPACE) {
            int n = (int) Math.floor(size / tile + 1e-4f);
            if (n < 2) {
                return new float[] {placed};
            }
            float gap = (size - n * tile) / (n - 1);
            float[] out = new float[Math.min(n, MAX_TILES + 1)];
            for (int k = 0; k < out.length; k++) {
                out[k] = start + k * (tile + gap);
            }
            return n > MAX_TILES ? null : out;
        }
        float first = placed - (float) Math.ceil((placed - min) / tile) * tile;
        int n = (int) Math.ceil((max - first) / tile);
        if (n > MAX_TILES) {
            return null;
        }
        float[] out = new float[Math.max(0, n)];
        for (int k = 0; k < out.length; k++) {
            out[k] = first + k * tile;
        }
        return out;
    }
}
