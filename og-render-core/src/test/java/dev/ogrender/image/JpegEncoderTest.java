package dev.ogrender.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JpegEncoderTest {

    @Test
    void encodesACardThatDecodesAtFullSize() throws IOException {
        byte[] jpeg = JpegEncoder.encode(TestImages.card(BufferedImage.TYPE_INT_ARGB_PRE), 0.9f);
        assertEquals(0xff, jpeg[0] & 0xff);
        assertEquals(0xd8, jpeg[1] & 0xff);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(1200, decoded.getWidth());
        assertEquals(630, decoded.getHeight());
    }

    @Test
    void lowerQualityIsSmaller() {
        BufferedImage card = TestImages.card(BufferedImage.TYPE_INT_RGB);
        assertTrue(JpegEncoder.encode(card, 0.5f).length < JpegEncoder.encode(card, 0.95f).length);
    }

    @Test
    void transparentPixelsBecomeWhite() throws IOException {
        BufferedImage clear = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(JpegEncoder.encode(clear, 1f)));
        int rgb = decoded.getRGB(8, 8);
        for (int shift = 0; shift <= 16; shift += 8) {
            assertTrue(((rgb >> shift) & 0xff) >= 250, Integer.toHexString(rgb));
        }
    }

    @ParameterizedTest
    @ValueSource(floats = {-0.1f, 1.01f, Float.NaN})
    void rejectsQualityOutsideZeroToOne(float quality) {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JpegEncoder.encode(image, quality));
        assertEquals("JPEG quality must be 0.0-1.0, was " + quality, e.getMessage());
    }
}
