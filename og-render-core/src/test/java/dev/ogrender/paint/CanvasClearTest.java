package dev.ogrender.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The canvas background is skipped only where the first op hides it. */
class CanvasClearTest {

    private static BufferedImage draw(int background, PaintOp first) {
        DisplayList list = new DisplayList(40, 30, background);
        list.add(first);
        return Java2DDevice.draw(list, false);
    }

    private static PaintOp.FillShape fill(float x, float y, float w, float h, int argb) {
        return new PaintOp.FillShape(new Rectangle2D.Float(x, y, w, h), argb);
    }

    @Test
    void anOpaqueFirstFillOverTheCanvasHidesTheBackground() {
        BufferedImage image = draw(0xFFFFFFFF, fill(0, 0, 40, 30, 0xFF336699));
        assertEquals(0xFF336699, image.getRGB(0, 0));
        assertEquals(0xFF336699, image.getRGB(39, 29));
    }

    @Test
    void aTranslucentFirstFillIsBlendedOverTheBackground() {
        BufferedImage image = draw(0xFFFFFFFF, fill(0, 0, 40, 30, 0x80000000));
        assertEquals(0xFF7F7F7F, image.getRGB(5, 5));
    }

    @Test
    void aFirstFillShortOfTheCanvasLeavesTheBackgroundAround() {
        BufferedImage image = draw(0xFFFFFFFF, fill(0, 0, 40, 20, 0xFF336699));
        assertEquals(0xFF336699, image.getRGB(5, 5));
        assertEquals(0xFFFFFFFF, image.getRGB(5, 25));
    }

    @Test
    void anOpaqueGradientOverTheCanvasHidesTheBackground() {
        PaintOp.FillLinearGradient gradient = new PaintOp.FillLinearGradient(new Rectangle2D.Float(0, 0, 40, 30),
                0, 0, 40, 30, new float[] {0, 1}, new int[] {0xFF000000, 0xFF000000}, false);
        BufferedImage image = draw(0xFFFFFFFF, gradient);
        assertEquals(0xFF000000, image.getRGB(0, 0));
        assertEquals(0xFF000000, image.getRGB(39, 29));
    }

    @Test
    void aTransparentBackgroundStaysTransparent() {
        BufferedImage image = draw(0, fill(10, 10, 5, 5, 0xFF336699));
        assertEquals(0, image.getRGB(0, 0));
        assertEquals(0xFF336699, image.getRGB(12, 12));
    }
}
