package dev.ogrender.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DirectPixelsTest {

    private static final int SIZE = 256;

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** @return an image of random premultiplied pixels, every alpha from 0 to 255 on each row */
    private static BufferedImage random(long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] px = pixels(image);
        for (int i = 0; i < px.length; i++) {
            int a = i % SIZE;
            px[i] = a << 24 | random.nextInt(a + 1) << 16 | random.nextInt(a + 1) << 8 | random.nextInt(a + 1);
        }
        return image;
    }

    @Test
    void sourceOverMatchesJava2DBitForBit() {
        BufferedImage src = random(1);
        for (long seed = 2; seed < 6; seed++) {
            BufferedImage expected = random(seed);
            Graphics2D g = expected.createGraphics();
            Java2DDevice.configure(g);
            g.drawImage(src, 0, 0, null);
            g.dispose();
            int[] actual = pixels(random(seed)).clone();
            int[] s = pixels(src);
            for (int i = 0; i < actual.length; i++) {
                actual[i] = DirectPixels.srcOver(s[i], actual[i]);
            }
            assertArrayEquals(pixels(expected), actual, "seed " + seed);
        }
    }

    @Test
    void opaqueRectanglesMatchJava2D() {
        BufferedImage expected = random(7);
        Graphics2D g = expected.createGraphics();
        Java2DDevice.configure(g);
        g.translate(-10, -20);
        g.clip(new Rectangle2D.Float(15, 20, 200, 100));
        g.setColor(new Color(0xFF336699, true));
        g.fill(new Rectangle2D.Float(12, 25, 180, 300));
        g.dispose();
        int[] actual = pixels(random(7)).clone();
        new DirectPixels(actual, SIZE, 10, 20, new Rectangle(15, 20, 200, 100))
                .fillOpaque(new Rectangle(12, 25, 180, 300), 0xFF336699);
        assertArrayEquals(pixels(expected), actual);
    }

    private static int[] java2DFill(BufferedImage target, java.awt.Shape shape, int argb) {
        Graphics2D g = target.createGraphics();
        Java2DDevice.configure(g);
        g.setColor(new Color(argb, true));
        g.fill(shape);
        g.dispose();
        return pixels(target);
    }

    @Test
    void maskFillsMatchJava2DBitForBit() {
        java.awt.Shape shape = BoxShapes.shape(1.25f, 1.5f, 120.5f, 80f, new float[] {10, 10, 20, 15, 0, 0, 30, 30});
        for (int argb : new int[] {0xFF38BDF8, 0x80F472B6, 0x10000000}) {
            int[] actual = pixels(random(9)).clone();
            new DirectPixels(actual, SIZE, 0, 0, new Rectangle(0, 0, SIZE, SIZE))
                    .fillMask(ShapeMasks.of(shape, 0, 0), 0, 0, argb);
            assertArrayEquals(java2DFill(random(9), shape, argb), actual, Integer.toHexString(argb));
        }
    }

    @Test
    void anOutlineMovedByWholePixelsKeepsItsCoverage() {
        float[] radii = {10, 10, 10, 10, 10, 10, 10, 10};
        for (int step = 0; step < 4; step++) {
            float x = 24.5f + 56 * step;
            java.awt.Shape shape = BoxShapes.shape(x, 30.25f, 50, 50, radii);
            int[] actual = pixels(random(10)).clone();
            int ox = (int) Math.floor(x) - 1;
            new DirectPixels(actual, SIZE, 0, 0, new Rectangle(0, 0, SIZE, SIZE))
                    .fillMask(ShapeMasks.of(shape, ox, 29), ox, 29, 0xFF1E293B);
            assertArrayEquals(java2DFill(random(10), shape, 0xFF1E293B), actual, "x " + x);
        }
    }

    @Test
    void sourceOverScalesEveryChannelByMul8() {
        for (int sa = 0; sa < 255; sa++) {
            int f = 255 - sa;
            for (int d = 0; d < 256; d++) {
                int dst = d << 24 | (255 - d) << 16 | (d * 7 & 0xFF) << 8 | (d * 13 & 0xFF);
                int src = sa << 24 | (sa / 2) << 16 | sa << 8;
                int expected = (sa + DirectPixels.mul8(f, d)) << 24
                        | (sa / 2 + DirectPixels.mul8(f, 255 - d)) << 16
                        | (sa + DirectPixels.mul8(f, d * 7 & 0xFF)) << 8 | DirectPixels.mul8(f, d * 13 & 0xFF);
                assertEquals(expected, DirectPixels.srcOver(src, dst), sa + " over " + d);
            }
        }
    }
}
