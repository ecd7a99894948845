package dev.ogrender.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
}
