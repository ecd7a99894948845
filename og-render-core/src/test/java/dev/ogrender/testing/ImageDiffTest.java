package dev.ogrender.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDiffTest {

    @TempDir
    Path dir;

    @Test
    void measuresLargestChannelDeltaAndCountsPixelsOverThreshold() {
        BufferedImage expected = filled(4, 3, 0xff102030);
        BufferedImage actual = filled(4, 3, 0xff102030);
        actual.setRGB(0, 0, 0xff142030);
        actual.setRGB(3, 2, 0xff1020f0);

        assertEquals(0xc0, ImageDiff.maxChannelDelta(expected, actual));
        assertEquals(2, ImageDiff.pixelsOver(expected, actual, 3));
        assertEquals(1, ImageDiff.pixelsOver(expected, actual, 4));
        assertEquals(0, ImageDiff.pixelsOver(expected, expected, 0));
    }

    @Test
    void alphaCounts() {
        BufferedImage expected = filled(1, 1, 0xff000000);
        BufferedImage actual = filled(1, 1, 0x80000000);

        assertEquals(0x7f, ImageDiff.maxChannelDelta(expected, actual));
    }

    @Test
    void diffIsAmplifiedAbsoluteDifference() {
        BufferedImage expected = filled(2, 1, 0xff102030);
        BufferedImage actual = filled(2, 1, 0xff0c2030);
        actual.setRGB(1, 0, 0xff1020ff);

        BufferedImage diff = ImageDiff.diffImage(expected, actual);

        assertEquals(0xff200000, diff.getRGB(0, 0));
        assertEquals(0xff0000ff, diff.getRGB(1, 0));
    }

    @Test
    void triptychHoldsExpectedDiffAndActual() throws IOException {
        BufferedImage expected = filled(10, 5, 0xffffffff);
        BufferedImage actual = filled(10, 5, 0xff000000);
        Path file = dir.resolve("nested/card.png");

        ImageDiff.writeTriptych(expected, actual, file);

        BufferedImage written = ImageIO.read(file.toFile());
        assertEquals(3 * 10 + 2 * 4, written.getWidth());
        assertEquals(5, written.getHeight());
        assertEquals(0xffffffff, written.getRGB(0, 0));
        assertEquals(0xffffffff, written.getRGB(14, 0));
        assertEquals(0xff000000, written.getRGB(37, 4));
    }

    @Test
    void differentSizesAreRejectedByTheMeasures() {
        BufferedImage a = filled(2, 2, 0);
        BufferedImage b = filled(3, 2, 0);

        assertThrows(IllegalArgumentException.class, () -> ImageDiff.maxChannelDelta(a, b));
        assertThrows(IllegalArgumentException.class, () -> ImageDiff.pixelsOver(a, b, 0));
    }

    private static BufferedImage filled(int width, int height, int argb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }
}
