package dev.ogrender.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.junit.jupiter.api.Test;

class GradientCacheTest {

    private static final int W = 120;
    private static final int H = 63;

    private static PaintOp.FillLinearGradient gradient(int from, int to) {
        return new PaintOp.FillLinearGradient(new Rectangle2D.Float(10, 5, 100, 50), 10, 5, 110, 55,
                new float[] {0, 1}, new int[] {from, to}, false);
    }

    private static int[] draw(int background, PaintOp op) {
        DisplayList list = new DisplayList(W, H, background);
        list.add(op);
        BufferedImage image = Java2DDevice.draw(list, true);
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** @return the op rasterised without the cache over a plain background */
    private static int[] expected(int background, PaintOp.FillLinearGradient op) {
        int[] pixels = draw(background, new PaintOp.FillShape(new Rectangle2D.Float(), 0));
        GradientRaster.fill(op, pixels, W, 0, 0, new Rectangle(10, 5, 100, 50), true);
        return pixels;
    }

    @Test
    void repeatedFillsGiveTheRasterisedPixels() {
        PaintOp.FillLinearGradient op = gradient(0xFF667EEA, 0xFF764BA2);
        int[] expected = expected(0, op);
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(expected, draw(0, gradient(0xFF667EEA, 0xFF764BA2)), "draw " + i);
        }
        assertTrue(GradientCache.bytes() >= 4L * 100 * 50);
    }

    @Test
    void keptPixelsCoverWhatWasDrawnBefore() {
        PaintOp.FillLinearGradient op = gradient(0xFF102030, 0xFF405060);
        draw(0, op);
        draw(0, op);
        assertArrayEquals(expected(0xFFFF0000, op), draw(0xFFFF0000, op));
    }

    @Test
    void translucentGradientsAreBlendedEveryTime() {
        PaintOp.FillLinearGradient op = gradient(0x80667EEA, 0xFF764BA2);
        assertNull(GradientCache.linear(op, new Rectangle(10, 5, 100, 50), true));
        for (int background : new int[] {0xFFFF0000, 0xFF0000FF, 0xFFFF0000}) {
            assertArrayEquals(expected(background, op), draw(background, op));
        }
    }

    @Test
    void keysDifferInDitherAndArea() {
        PaintOp.FillLinearGradient op = gradient(0xFF667EEA, 0xFF764BA2);
        GradientCache.Key key = GradientCache.linear(op, new Rectangle(10, 5, 100, 50), true);
        assertNotNull(key);
        assertTrue(key.equals(GradientCache.linear(gradient(0xFF667EEA, 0xFF764BA2),
                new Rectangle(10, 5, 100, 50), true)));
        assertTrue(!key.equals(GradientCache.linear(op, new Rectangle(10, 5, 100, 50), false)));
        assertTrue(!key.equals(GradientCache.linear(op, new Rectangle(10, 6, 100, 49), true)));
    }

    @Test
    void staysWithinItsBound() {
        for (int i = 0; i < 40; i++) {
            int[] pixels = new int[1200 * 630];
            PaintOp.FillLinearGradient op = new PaintOp.FillLinearGradient(new Rectangle2D.Float(0, 0, 1200, 630),
                    0, 0, 1200, 630, new float[] {0, 1}, new int[] {0xFF000000 + i, 0xFFFFFFFF}, false);
            Rectangle area = new Rectangle(0, 0, 1200, 630);
            GradientCache.Key key = GradientCache.linear(op, area, true);
            for (int k = 0; k < 2; k++) {
                GradientCache.fill(key, pixels, 1200, 0, 0,
                        () -> GradientRaster.fill(op, pixels, 1200, 0, 0, area, true));
            }
            assertTrue(GradientCache.bytes() <= GradientCache.MAX_BYTES, "after " + i);
        }
    }
}
