package dev.ogrender.paint;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;

/**
 * A light vertical hinter, close to what FreeType's autohinter does in Chromium on Linux: the
 * baseline sits on a pixel edge and the alignment zones (x-height, cap height, ascender, descender) are
 * moved to whole pixels; every outline point in between moves linearly with its neighbouring zones.
 * Horizontal positions are left alone (subpixel positioned), as in Chromium.
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
        float[] fitted = new float[zones.length];
        for (int i = 0; i < zones.length; i++) {
            fitted[i] = Math.round(zones[i]);
        }
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
