package dev.ogrender.paint;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Draws text from cached glyph coverage masks ({@link GlyphMasks}): the masks come from glyph outlines,
 * which avoids the platform glyph rasteriser (the same pixels on every OS and JDK), and the coverage
 * lets {@link TextGamma} correct edges the way Chromium's Skia does before the colour is composited.
 * The glyphs of one run are summed into one mask and composited in one image draw, so clips and layers
 * are honoured by Java2D.
 */
final class GlyphRasterizer {

    /**
     * The colour tables of recent text colours, by a hash of the colour. Shared by all threads without a
     * lock: an entry's fields are final, so a thread sees a whole entry or an older one, and a lost race
     * only costs a table computed again.
     */
    private static final Colours[] RECENT_COLOURS = new Colours[64];

    private record Colours(int argb, int[] premultiplied) {
    }

    private GlyphRasterizer() {
    }

    /**
     * @param direct the target's pixels where they can be written directly (the same pixels, less work
     *               than an image draw), else null
     */
    static void draw(Graphics2D target, PaintOp.DrawGlyphs op, DirectPixels direct) {
        GlyphVector glyphs = op.glyphs();
        int n = glyphs.getNumGlyphs();
        if (n == 0) {
            return;
        }
        // Chromium on Linux puts the baseline on a pixel edge (vertical hinting); x is quantised to 1/4 px.
        int baseline = Math.round(op.baseline());
        GlyphMasks.Mask[] masks = new GlyphMasks.Mask[n];
        int[] penX = new int[n];
        int[] penY = new int[n];
        Rectangle run = null;
        for (int i = 0; i < n; i++) {
            Point2D at = glyphs.getGlyphPosition(i);
            double x = op.x() + at.getX();
            int quarters = (int) Math.round(x * GlyphMasks.SUBPIXELS);
            penX[i] = Math.floorDiv(quarters, GlyphMasks.SUBPIXELS);
            penY[i] = baseline + (int) Math.round(at.getY());
            masks[i] = GlyphMasks.of(glyphs, i, Math.floorMod(quarters, GlyphMasks.SUBPIXELS), op.hintZones());
            if (masks[i].width() > 0) {
                Rectangle r = new Rectangle(penX[i] + masks[i].left(), penY[i] + masks[i].top(),
                        masks[i].width(), masks[i].height());
                run = run == null ? r : run.union(r);
            }
        }
        if (run == null) {
            return;
        }
        Rectangle visible = direct != null ? direct.visible() : target.getClipBounds();
        Rectangle bounds = visible == null ? run : run.intersection(visible);
        if (bounds.isEmpty()) {
            return;
        }
        byte[] coverage = new byte[bounds.width * bounds.height];
        for (int i = 0; i < n; i++) {
            accumulate(masks[i], penX[i] + masks[i].left() - bounds.x, penY[i] + masks[i].top() - bounds.y,
                    coverage, bounds.width, bounds.height);
        }
        int[] colours = colours(op.argb());
        if (direct != null) {
            composite(coverage, bounds, colours, direct);
        } else {
            target.drawImage(colour(coverage, bounds.width, bounds.height, colours), bounds.x, bounds.y, null);
        }
    }

    /** Blends the run's colour over the target where it has coverage, as the image draw would. */
    private static void composite(byte[] coverage, Rectangle bounds, int[] colours, DirectPixels direct) {
        int[] pixels = direct.pixels();
        int width = bounds.width;
        int solid = colours[0xFF];
        boolean opaque = solid >>> 24 == 0xFF;
        for (int y = 0; y < bounds.height; y++) {
            int c = y * width;
            int p = direct.index(bounds.x, bounds.y + y);
            int x = 0;
            // Most of a run's box is empty and much of the rest fully covered: take eight such at once.
            for (; x + 8 <= width; x += 8) {
                long eight = DirectPixels.eight(coverage, c + x);
                if (eight == 0) {
                    continue;
                }
                if (eight == -1L && opaque) {
                    Arrays.fill(pixels, p + x, p + x + 8, solid);
                    continue;
                }
                blend(coverage, c + x, colours, pixels, p + x, 8);
            }
            blend(coverage, c + x, colours, pixels, p + x, width - x);
        }
    }

    private static void blend(byte[] coverage, int from, int[] colours, int[] pixels, int to, int count) {
        for (int i = 0; i < count; i++) {
            int cov = coverage[from + i] & 0xFF;
            if (cov != 0) {
                pixels[to + i] = DirectPixels.srcOver(colours[cov], pixels[to + i]);
            }
        }
    }

    /** Adds a glyph's coverage at (dx, dy) of the run mask, saturating: overlapping glyphs are a union. */
    private static void accumulate(GlyphMasks.Mask m, int dx, int dy, byte[] coverage, int width, int height) {
        int y0 = Math.max(0, -dy);
        int y1 = Math.min(m.height(), height - dy);
        int x0 = Math.max(0, -dx);
        int x1 = Math.min(m.width(), width - dx);
        byte[] src = m.coverage();
        for (int y = y0; y < y1; y++) {
            int s = y * m.width();
            int d = (y + dy) * width + dx;
            for (int x = x0; x < x1; x++) {
                int c = src[s + x] & 0xFF;
                if (c != 0) {
                    coverage[d + x] = (byte) Math.min(255, (coverage[d + x] & 0xFF) + c);
                }
            }
        }
    }

    /** @return premultiplied ARGB of the text colour at each coverage, gamma-corrected */
    private static int[] colours(int argb) {
        int slot = (argb ^ argb >>> 7 ^ argb >>> 17) & (RECENT_COLOURS.length - 1);
        Colours recent = RECENT_COLOURS[slot];
        if (recent == null || recent.argb != argb) {
            recent = new Colours(argb, premultiplied(argb));
            RECENT_COLOURS[slot] = recent;
        }
        return recent.premultiplied;
    }

    private static int[] premultiplied(int argb) {
        byte[] table = TextGamma.tableFor(argb);
        int alpha = argb >>> 24;
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        int[] premultiplied = new int[256];
        for (int cov = 1; cov < 256; cov++) {
            int a = ((table[cov] & 0xFF) * alpha + 127) / 255;
            premultiplied[cov] = (a << 24) | ((r * a + 127) / 255 << 16) | ((g * a + 127) / 255 << 8)
                    | ((b * a + 127) / 255);
        }
        return premultiplied;
    }

    /** @return an image of the colour at each coverage */
    private static BufferedImage colour(byte[] coverage, int width, int height, int[] premultiplied) {
        BufferedImage colored = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] out = ((DataBufferInt) colored.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < coverage.length; i++) {
            out[i] = premultiplied[coverage[i] & 0xFF];
        }
        return colored;
    }
}
