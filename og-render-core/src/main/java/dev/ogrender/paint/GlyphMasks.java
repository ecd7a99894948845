package dev.ogrender.paint;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Coverage masks of single glyphs, rasterised once per (font, glyph, quarter-pixel x offset, hint
 * zones) and shared by all threads. Chromium's Skia positions glyphs the same way (four subpixel
 * x positions, whole-pixel baseline), so caching changes nothing it would show.
 *
 * <p>The cache is a {@link ConcurrentHashMap}, so there is no global lock; it is bounded by emptying it
 * when it grows past {@value #MAX_ENTRIES} masks (a few MB), which a normal set of templates never does.
 */
final class GlyphMasks {

    /** Quarter-pixel horizontal positions, as Skia's subpixel glyph positioning uses. */
    static final int SUBPIXELS = 4;
    private static final int MAX_ENTRIES = 16_384;
    private static final ConcurrentHashMap<Key, Mask> CACHE = new ConcurrentHashMap<>();

    private GlyphMasks() {
    }

    /**
     * A glyph's coverage, 0-255 before gamma, relative to its pen position rounded down to whole pixels.
     *
     * @param left  x of the mask's first column relative to the pen's whole pixel
     * @param top   y of the mask's first row relative to the baseline
     */
    record Mask(int left, int top, int width, int height, byte[] coverage) {
        static final Mask EMPTY = new Mask(0, 0, 0, 0, new byte[0]);
    }

    private record Key(Font font, int glyph, int subpixel, float[] zones) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && glyph == k.glyph && subpixel == k.subpixel && font.equals(k.font)
                    && Arrays.equals(zones, k.zones);
        }

        @Override
        public int hashCode() {
            return (font.hashCode() * 31 + glyph) * 31 + subpixel * 7 + Arrays.hashCode(zones);
        }
    }

    /** @return the mask of glyph {@code i} of {@code glyphs} with its pen at x offset {@code subpixel / 4} */
    static Mask of(GlyphVector glyphs, int i, int subpixel, float[] zones) {
        Key key = new Key(glyphs.getFont(), glyphs.getGlyphCode(i), subpixel, zones);
        Mask mask = CACHE.get(key);
        if (mask == null) {
            mask = rasterise(glyphs, i, subpixel, zones);
            if (CACHE.size() >= MAX_ENTRIES) {
                CACHE.clear();
            }
            Mask raced = CACHE.putIfAbsent(key, mask);
            mask = raced != null ? raced : mask;
        }
        return mask;
    }

    private static Mask rasterise(GlyphVector glyphs, int i, int subpixel, float[] zones) {
        Point2D at = glyphs.getGlyphPosition(i);
        Shape outline = glyphs.getGlyphOutline(i, (float) (subpixel / (double) SUBPIXELS - at.getX()),
                (float) -at.getY());
        outline = VerticalHinter.apply(outline, 0, zones);
        Rectangle bounds = outline.getBounds();
        bounds.grow(1, 1);
        if (bounds.isEmpty()) {
            return Mask.EMPTY;
        }
        BufferedImage image = new BufferedImage(bounds.width, bounds.height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        Java2DDevice.configure(g);
        g.translate(-bounds.x, -bounds.y);
        g.setColor(Color.WHITE);
        g.fill(outline);
        g.dispose();
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = image.getRaster().getSampleModel() instanceof ComponentSampleModel c
                ? c.getScanlineStride() : bounds.width;
        byte[] coverage = new byte[bounds.width * bounds.height];
        for (int y = 0; y < bounds.height; y++) {
            System.arraycopy(data, y * stride, coverage, y * bounds.width, bounds.width);
        }
        return new Mask(bounds.x, bounds.y, bounds.width, bounds.height, coverage);
    }
}
