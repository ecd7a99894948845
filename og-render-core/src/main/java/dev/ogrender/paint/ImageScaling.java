package dev.ogrender.paint;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Halves an image until one more halving would go below the size it is drawn at, as a mipmap does:
 * bilinear sampling alone skips source pixels when shrinking by more than 2x and shimmers, where
 * Chromium's mipmapped sampling averages them. Halvings are kept per source image.
 */
final class ImageScaling {

    private static final Map<BufferedImage, BufferedImage[]> LEVELS = new WeakHashMap<>();

    private ImageScaling() {
    }

    static BufferedImage prescale(BufferedImage src, float w, float h) {
        BufferedImage img = src;
        int level = 0;
        while (img.getWidth() >= 2 * w && img.getHeight() >= 2 * h && img.getWidth() > 1 && img.getHeight() > 1) {
            img = level(src, ++level, img);
        }
        return img;
    }

    private static BufferedImage level(BufferedImage src, int level, BufferedImage previous) {
        synchronized (LEVELS) {
            BufferedImage[] levels = LEVELS.computeIfAbsent(src, k -> new BufferedImage[16]);
            if (level < levels.length && levels[level] != null) {
                return levels[level];
            }
            BufferedImage half = halve(previous);
            if (level < levels.length) {
                levels[level] = half;
            }
            return half;
        }
    }

    private static final Map<BufferedImage, BufferedImage> PADDED = new WeakHashMap<>();

    /** @return the image with a one-pixel border copying its edge pixels */
    static BufferedImage clampEdges(BufferedImage img) {
        synchronized (PADDED) {
            return PADDED.computeIfAbsent(img, ImageScaling::pad);
        }
    }

    private static BufferedImage pad(BufferedImage src) {
        BufferedImage img = src.getType() == BufferedImage.TYPE_INT_ARGB_PRE ? src : copy(src);
        int w = img.getWidth();
        int h = img.getHeight();
        int[] in = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(w + 2, h + 2, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] px = ((java.awt.image.DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h + 2; y++) {
            int row = Math.min(h - 1, Math.max(0, y - 1)) * w;
            int o = y * (w + 2);
            System.arraycopy(in, row, px, o + 1, w);
            px[o] = in[row];
            px[o + w + 1] = in[row + w - 1];
        }
        return out;
    }

    private static BufferedImage copy(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage halve(BufferedImage img) {
        int w = Math.max(1, img.getWidth() / 2);
        int h = Math.max(1, img.getHeight() / 2);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        // Exactly half with bilinear sampling averages each 2x2 block: a box filter.
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
