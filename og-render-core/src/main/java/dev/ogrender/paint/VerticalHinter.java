package dev.ogrender.paint;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;

/**
 * A light vertical hinter, close to what FreeType's autohinter does in Chromium on Linux: the
 * baseline sits on a pixel edge and the alignment zones (x-height, cap height, ascender, descender) are
 * moved to whole pixels; every outline point in between moves linearly with its neighbouring zones.
 * Horizontal positions are left alone (subpixel positioned), as in Chromium.
 *
 * <p>Like FreeType's Latin autohinter, the glyph is first rescaled so that the x-height overshoot (the
 * top of o) lands on a whole pixel, rounded up only from 0.375 px (FreeType's threshold of 40/64), and
 * the other zones are rounded at that scale: Inter at 60px has a 43 px cap height in Chromium, not 44.
 * The overshoot then sits 0, 0.5 or 1 px above the rounded x-height, as FreeType snaps it.
 */
final class VerticalHinter {

    private VerticalHinter() {
    }

    /**
     * @param outline  glyph outlines in device space
     * @param baseline the baseline y, already on a pixel edge
     * @param zones    heights above the baseline in px, lowest first; empty to leave the outline as is
     * @return the hinted outline
     */
    static Shape apply(Shape outline, float baseline, float[] zones) {
        if (zones.length == 0) {
            return outline;
        }
        float[] fitted = fit(zones);
        Path2D.Float out = new Path2D.Float(Path2D.WIND_NON_ZERO);
        float[] c = new float[6];
        for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            int points = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 1;
                case PathIterator.SEG_QUADTO -> 2;
                case PathIterator.SEG_CUBICTO -> 3;
                default -> 0;
            };
            for (int p = 0; p < points; p++) {
                c[2 * p + 1] = baseline - map(baseline - c[2 * p + 1], zones, fitted);
            }
            switch (type) {
                case PathIterator.SEG_MOVETO -> out.moveTo(c[0], c[1]);
                case PathIterator.SEG_LINETO -> out.lineTo(c[0], c[1]);
                case PathIterator.SEG_QUADTO -> out.quadTo(c[0], c[1], c[2], c[3]);
                case PathIterator.SEG_CUBICTO -> out.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                default -> out.closePath();
            }
        }
        return out;
    }

    /**
     * @param zones descender, baseline, x-height, x-height overshoot, cap height, ascender in px
     *     (as {@code FontFace.hintZones()}); any other count is rounded zone by zone
     * @return where the hinter puts each zone
     */
    static float[] fit(float[] zones) {
        float[] fitted = new float[zones.length];
        float scale = 1;
        boolean latin = zones.length == 6 && zones[2] > 0;
        if (latin) {
            scale = Math.max(1, (float) Math.floor(zones[3] + 0.625f)) / zones[3];
        }
        for (int i = 0; i < zones.length; i++) {
            fitted[i] = Math.round(zones[i] * scale);
        }
        if (latin) {
            float overshoot = (zones[3] - zones[2]) * scale;
            fitted[3] = fitted[2] + (overshoot < 0.5f ? 0 : overshoot < 0.75f ? 0.5f : 1);
        }
        return fitted;
    }

    /** Piecewise linear from the zones to their fitted heights; beyond the ends, shifted with the end. */
    static float map(float h, float[] zones, float[] fitted) {
        int n = zones.length;
        if (h <= zones[0]) {
            return h + fitted[0] - zones[0];
        }
        for (int i = 1; i < n; i++) {
            if (h <= zones[i]) {
                float span = zones[i] - zones[i - 1];
                float t = span <= 0 ? 0 : (h - zones[i - 1]) / span;
                return fitted[i - 1] + t * (fitted[i] - fitted[i - 1]);
            }
        }
        return h + fitted[n - 1] - zones[n - 1];
    }
}
