package dev.ogrender.paint;

import dev.ogrender.style.Filter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.List;

/** The pixel work of a filter group: its filters in order, then its anti-aliased mask. */
final class LayerEffects {

    private LayerEffects() {
    }

    /**
     * @param image TYPE_INT_ARGB_PRE group pixels, changed in place
     * @param scale device pixels per CSS pixel (blur deviations are in CSS pixels)
     */
    static void filter(BufferedImage image, List<Filter> filters, float scale) {
        int[] px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (Filter f : filters) {
            if (f.kind() == Filter.Kind.BLUR) {
                Blur.blur(px, image.getWidth(), image.getHeight(), f.amount() * scale);
            } else {
                ColorFilters.apply(f, px);
            }
        }
    }

    /**
     * Multiplies the group's pixels by the shape's anti-aliased coverage ({@code keep}) or its inverse.
     *
     * @param toImage maps the shape's coordinates to the image's pixels
     */
    static void mask(BufferedImage image, AffineTransform toImage, Shape shape, boolean keep) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage coverage = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D mg = coverage.createGraphics();
        Java2DDevice.configure(mg);
        mg.transform(toImage);
        mg.setColor(Color.WHITE);
        mg.fill(shape);
        mg.dispose();
        byte[] cov = ((DataBufferByte) coverage.getRaster().getDataBuffer()).getData();
        int stride = ((ComponentSampleModel) coverage.getSampleModel()).getScanlineStride();
        int[] px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = cov[y * stride + x] & 0xFF;
                int k = keep ? c : 255 - c;
                if (k == 255) {
                    continue;
                }
                int i = y * w + x;
                int p = px[i];
                px[i] = k == 0 ? 0 : scale(p >>> 24, k) << 24 | scale((p >> 16) & 0xFF, k) << 16
                    | scale((p >> 8) & 0xFF, k) << 8 | scale(p & 0xFF, k);
            }
        }
    }

    private static int scale(int v, int k) {
        return (v * k + 127) / 255;
    }
}
