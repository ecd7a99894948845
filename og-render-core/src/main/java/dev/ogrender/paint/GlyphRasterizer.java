package dev.ogrender.paint;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * Draws text as filled glyph outlines through a coverage mask: outlines avoid the platform glyph
 * rasteriser (the same pixels on every OS and JDK), and the mask lets {@link TextGamma} correct edge
 * coverage the way Chromium's Skia does before the colour is composited.
 */
final class GlyphRasterizer {

    private GlyphRasterizer() {
    }

    static void draw(Graphics2D target, PaintOp.DrawGlyphs op) {
        if (op.glyphs().getNumGlyphs() == 0) {
            return;
        }
        // Chromium on Linux puts the baseline on a pixel edge (vertical hinting); x stays subpixel.
        float baseline = Math.round(op.baseline());
        Shape outline = VerticalHinter.apply(op.glyphs().getOutline(op.x(), baseline), baseline, op.hintZones());
        Rectangle bounds = outline.getBounds();
        bounds.grow(1, 1);
        Rectangle visible = target.getClipBounds();
        if (visible != null) {
            bounds = bounds.intersection(visible);
        }
        if (bounds.isEmpty()) {
            return;
        }
        BufferedImage mask = new BufferedImage(bounds.width, bounds.height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D mg = mask.createGraphics();
        Java2DDevice.configure(mg);
        mg.translate(-bounds.x, -bounds.y);
        mg.setColor(java.awt.Color.WHITE);
        mg.fill(outline);
        mg.dispose();

        byte[] coverage = ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
        byte[] table = TextGamma.tableFor(op.argb());
        int alpha = op.argb() >>> 24;
        int r = (op.argb() >> 16) & 0xFF;
        int g = (op.argb() >> 8) & 0xFF;
        int b = op.argb() & 0xFF;
        BufferedImage colored = new BufferedImage(bounds.width, bounds.height, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] out = ((DataBufferInt) colored.getRaster().getDataBuffer()).getData();
        int stride = mask.getRaster().getSampleModel() instanceof java.awt.image.ComponentSampleModel c
                ? c.getScanlineStride() : bounds.width;
        for (int y = 0; y < bounds.height; y++) {
            int row = y * stride;
            int o = y * bounds.width;
            for (int x = 0; x < bounds.width; x++) {
                int cov = coverage[row + x] & 0xFF;
                if (cov == 0) {
                    continue;
                }
                int a = ((table[cov] & 0xFF) * alpha + 127) / 255;
                out[o + x] = (a << 24) | ((r * a + 127) / 255 << 16) | ((g * a + 127) / 255 << 8) | ((b * a + 127) / 255);
            }
        }
        target.drawImage(colored, bounds.x, bounds.y, null);
    }
}
