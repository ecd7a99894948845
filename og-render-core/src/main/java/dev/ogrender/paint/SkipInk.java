package dev.ogrender.paint;

import dev.ogrender.layout.TextFragment;
import dev.ogrender.text.TextShaper;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;

/**
 * text-decoration-skip-ink: auto (CSS Text Decoration 4, section 2.3), the default in Chromium:
 * underlines and overlines are interrupted where glyph ink crosses them (descenders of g, j, p, q, y),
 * leaving a gap on each side of the ink that grows with the line's thickness.
 */
final class SkipInk {

    /** Column step when scanning a glyph's ink inside the line, px. */
    private static final float STEP = 0.25f;
    /** Chromium's upper bound for the gap on each side of the ink, px. */
    private static final float MAX_DILATION = 13f;

    private SkipInk() {
    }

    /**
     * @param line      the decoration shape
     * @param t         the text it decorates
     * @param top       the top of the line, px
     * @param height    its drawn height, px
     * @param thickness its unrounded thickness, px
     * @return the shape with the gaps cut out (the same shape when no glyph touches it)
     */
    static Shape clip(Shape line, TextFragment t, float top, float height, float thickness) {
        GlyphVector gv = t.run().glyphs(t.start(), t.end(), TextShaper.FRC);
        Rectangle2D.Float band = new Rectangle2D.Float(t.x(), top, t.width(), height);
        float dilation = Math.min(thickness / 2, MAX_DILATION);
        Area result = null;
        for (int i = 0; i < gv.getNumGlyphs(); i++) {
            Shape glyph = gv.getGlyphOutline(i, t.x(), t.baseline());
            if (!glyph.getBounds2D().intersects(band)) {
                continue;
            }
            Area ink = new Area(glyph);
            ink.intersect(new Area(band));
            if (ink.isEmpty()) {
                continue;
            }
            if (result == null) {
                result = new Area(line);
            }
            cutIntervals(result, ink, top, height, dilation);
        }
        return result == null ? line : result;
    }

    /** Cuts one gap per horizontal interval of the ink inside the band. */
    private static void cutIntervals(Area result, Area ink, float top, float height, float dilation) {
        Rectangle2D b = ink.getBounds2D();
        float start = Float.NaN;
        for (float x = (float) b.getMinX(); x <= b.getMaxX() + STEP; x += STEP) {
            boolean on = x <= b.getMaxX() && ink.intersects(x, top, STEP, height);
            if (on && Float.isNaN(start)) {
                start = x;
            } else if (!on && !Float.isNaN(start)) {
                result.subtract(new Area(new Rectangle2D.Float(start - dilation, top - 1, x - start + 2 * dilation,
                        height + 2)));
                start = Float.NaN;
            }
        }
    }
}
