package dev.ogrender.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Per-pixel differences between an expected and an actual image, and a picture of them for failures.
 *
 * <p>Channels are compared unpremultiplied (as {@link BufferedImage#getRGB} returns them), alpha
 * included. The delta of a pixel is the largest difference of its four channels.
 */
public final class ImageDiff {

    /** Differences are multiplied by this in the diff panel, so a delta of 32 is already full white. */
    static final int AMPLIFY = 8;
    private static final int GAP = 4;
    private static final Color GAP_COLOR = new Color(0xff00ff);

    private ImageDiff() {
    }

    /**
     * @param expected the reference
     * @param actual   the image under test, same size
     * @return the largest difference of any channel of any pixel, 0-255
     */
    public static int maxChannelDelta(BufferedImage expected, BufferedImage actual) {
        int[] a = pixels(expected, actual, true);
        int[] b = pixels(actual, expected, false);
        int max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, delta(a[i], b[i]));
        }
        return max;
    }

    /**
     * @param expected  the reference
     * @param actual    the image under test, same size
     * @param threshold the largest channel difference still counted as equal
     * @return how many pixels have a channel that differs by more than {@code threshold}
     */
    public static int pixelsOver(BufferedImage expected, BufferedImage actual, int threshold) {
        int[] a = pixels(expected, actual, true);
        int[] b = pixels(actual, expected, false);
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            if (delta(a[i], b[i]) > threshold) {
                count++;
            }
        }
        return count;
    }

    /**
     * The absolute per-channel difference, amplified {@value #AMPLIFY} times, on black. Images of
     * different sizes are compared over the larger size; a pixel only one of them has counts as
     * differing from transparent black.
     *
     * @param expected the reference
     * @param actual   the image under test
     * @return an opaque image of the differences
     */
    public static BufferedImage diffImage(BufferedImage expected, BufferedImage actual) {
        int width = Math.max(expected.getWidth(), actual.getWidth());
        int height = Math.max(expected.getHeight(), actual.getHeight());
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int a = argbOrClear(expected, x, y);
                int b = argbOrClear(actual, x, y);
                int alpha = Math.abs((a >>> 24) - (b >>> 24));
                int rgb = 0;
                for (int shift = 16; shift >= 0; shift -= 8) {
                    int d = Math.max(alpha, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
                    rgb |= Math.min(255, d * AMPLIFY) << shift;
                }
                out.setRGB(x, y, rgb);
            }
        }
        return out;
    }

    /**
     * Writes expected | diff | actual side by side as one PNG, creating the folder if needed.
     *
     * @param expected the reference
     * @param actual   the image under test
     * @param file     where to write the PNG
     */
    public static void writeTriptych(BufferedImage expected, BufferedImage actual, Path file) {
        BufferedImage diff = diffImage(expected, actual);
        int width = diff.getWidth();
        BufferedImage out = new BufferedImage(3 * width + 2 * GAP, diff.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(GAP_COLOR);
            g.fillRect(width, 0, GAP, out.getHeight());
            g.fillRect(2 * width + GAP, 0, GAP, out.getHeight());
            g.drawImage(expected, 0, 0, null);
            g.drawImage(diff, width + GAP, 0, null);
            g.drawImage(actual, 2 * (width + GAP), 0, null);
        } finally {
            g.dispose();
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static int delta(int a, int b) {
        int max = 0;
        for (int shift = 24; shift >= 0; shift -= 8) {
            max = Math.max(max, Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff)));
        }
        return max;
    }

    private static int[] pixels(BufferedImage image, BufferedImage other, boolean checkSize) {
        if (checkSize && (image.getWidth() != other.getWidth() || image.getHeight() != other.getHeight())) {
            throw new IllegalArgumentException("image sizes differ: " + image.getWidth() + "x" + image.getHeight()
                    + " vs " + other.getWidth() + "x" + other.getHeight());
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static int argbOrClear(BufferedImage image, int x, int y) {
        return x < image.getWidth() && y < image.getHeight() ? image.getRGB(x, y) : 0;
    }
}
