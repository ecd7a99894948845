package dev.ogrender.paint;

import dev.ogrender.internal.SmallPool;
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

    /**
     * Coverage buffers for the next run, one per core at most. Allocated per run, they were a third of a
     * card's garbage (about 100 KB of the reference card's 0.3 MB), and in a new JVM's first seconds
     * memory the collector has not handed out before costs a page fault per 4 KB.
     */
    private static final SmallPool<byte[]> COVERAGE =
            new SmallPool<>(Math.max(2, Runtime.getRuntime().availableProcessors()));
    /** A buffer larger than this (a run over 2000x2000 pixels) is left to the collector, not kept. */
    private static final int MAX_KEPT_COVERAGE = 4 << 20;

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
        int size = bounds.width * bounds.height;
        byte[] coverage = takeCoverage(size);
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
        if (coverage.length <= MAX_KEPT_COVERAGE) {
            COVERAGE.give(coverage);
        }
    }

    /** @return a buffer whose first {@code size} bytes are zero: a pooled one if it is large enough */
    private static byte[] takeCoverage(int size) {
        byte[] pooled = COVERAGE.take(any -> true);
        if (pooled == null || pooled.length < size) {
            return new byte[size];      // a smaller pooled buffer is dropped: this one takes its place
        }
        Arrays.fill(pooled, 0, size, (byte) 0);
        return pooled;
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
        // All 32 bits count: white and white at opacity 0.9 (the reference card's two text colours) differ
        // only in alpha, and a slot from the low bits alone made them evict each other on every card.
        int slot = (argb * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(RECENT_COLOURS.length));
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
        for (int i = 0, size = width * height; i < size; i++) {   // the buffer may be longer (pooled)
            out[i] = premultiplied[coverage[i] & 0xFF];
        }
        return colored;
    }
}
