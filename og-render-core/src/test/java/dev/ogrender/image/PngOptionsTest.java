package dev.ogrender.image;

import static dev.ogrender.image.PngEncoderTest.assertPixelsEqual;
import static dev.ogrender.image.PngEncoderTest.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast coder, parallel deflate and palette output: decoded pixels always equal the input. */
class PngOptionsTest {

    private static final PngOptions[] ALL = {PngOptions.DEFAULT, PngOptions.DEFAULT.withParallel(false),
        PngOptions.DEFAULT.withPalette(true), PngOptions.DEFAULT.withPalette(true).withParallel(false),
        PngOptions.zlib(6).withPalette(true)};

    @ParameterizedTest
    @CsvSource({"1,1", "2,1", "1,7", "33,17", "257,31", "1200,630"})
    void randomPixelsRoundTripExactlyWithEveryOption(int width, int height) {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB,
            BufferedImage.TYPE_INT_ARGB_PRE, BufferedImage.TYPE_3BYTE_BGR}) {
            BufferedImage image = TestImages.random(type, width, height, type != BufferedImage.TYPE_INT_RGB
                    && type != BufferedImage.TYPE_3BYTE_BGR, width + type);
            BufferedImage expected = decode(PngEncoder.encode(image, 1));
            for (PngOptions options : ALL) {
                assertPixelsEqual(expected, decode(PngEncoder.encode(image, options)));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB_PRE})
    void cardRoundTripsExactlyWithEveryOption(int type) {
        BufferedImage card = TestImages.card(type);
        for (PngOptions options : ALL) {
            assertPixelsEqual(card, decode(PngEncoder.encode(card, options)));
        }
    }

    /** Long runs at recurring distances, as in dithered gradients: the matcher's favourite case. */
    @Test
    void periodicRowsRoundTripExactly() {
        BufferedImage image = new BufferedImage(999, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 999; x++) {
                int v = (x + y) / 7 + ((x ^ y) & 7);
                image.setRGB(x, y, v << 16 | (255 - v) << 8 | (v * 3 & 0xFF));
            }
        }
        for (PngOptions options : ALL) {
            assertPixelsEqual(image, decode(PngEncoder.encode(image, options)));
        }
    }

    /**
     * More parallel encodes than helper threads: the extra ones code their parts on the caller. The
     * bytes do not depend on how many threads took part.
     */
    @Test
    void concurrentParallelEncodesAllDecodeExactly() throws Exception {
        BufferedImage card = TestImages.card(BufferedImage.TYPE_INT_ARGB_PRE);
        byte[] expected = PngEncoder.encode(card, PngOptions.DEFAULT.withParallel(false));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<byte[]>> results = new java.util.ArrayList<>();
            for (int k = 0; k < 16; k++) {
                results.add(pool.submit(() -> PngEncoder.encode(card, PngOptions.DEFAULT.withParallel(true))));
            }
            for (java.util.concurrent.Future<byte[]> f : results) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertPixelsEqual(card, decode(expected));
    }

    @Test
    void fewColoursGiveAnIndexedPngWithTransparency() {
        BufferedImage image = new BufferedImage(64, 40, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(1);
        int[] colours = {0xFF102030, 0x80FF0000, 0x00000000, 0xFFFFFFFF, 0x4000FF00};
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, colours[random.nextInt(colours.length)]);
            }
        }
        byte[] png = PngEncoder.encode(image, PngOptions.DEFAULT.withPalette(true));
        assertEquals(3, png[25], "colour type indexed");
        assertPixelsEqual(image, decode(png));
    }

    @Test
    void exactly256ColoursStayIndexedAnd257DoNot() {
        BufferedImage image = new BufferedImage(257, 3, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 256; x++) {
            image.setRGB(x, 0, x * 0x010101);
            image.setRGB(x, 1, x * 0x010101);
            image.setRGB(x, 2, x * 0x010101);
        }
        image.setRGB(256, 0, 0);
        image.setRGB(256, 1, 0);
        image.setRGB(256, 2, 0);
        byte[] indexed = PngEncoder.encode(image, PngOptions.DEFAULT.withPalette(true));
        assertEquals(3, indexed[25]);
        assertPixelsEqual(image, decode(indexed));
        image.setRGB(256, 2, 0x123456);
        byte[] rgb = PngEncoder.encode(image, PngOptions.DEFAULT.withPalette(true));
        assertEquals(2, rgb[25], "257 colours: true colour");
        assertPixelsEqual(image, decode(rgb));
    }

    @Test
    void fastCoderIsAtMostAFifthLargerThanImageIoOnTheCard() throws IOException {
        BufferedImage card = TestImages.card(BufferedImage.TYPE_INT_ARGB_PRE);
        ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
        ImageIO.write(card, "png", imageIo);
        for (PngOptions options : new PngOptions[] {PngOptions.DEFAULT, PngOptions.DEFAULT.withParallel(false)}) {
            int ours = PngEncoder.encode(card, options).length;
            assertTrue(ours <= 1.2 * imageIo.size(), options + ": " + ours + " > 1.2 x " + imageIo.size());
        }
    }

    @Test
    void flatImageCompressesToAlmostNothing() {
        BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x336699));
        g.fillRect(0, 0, 1200, 630);
        g.dispose();
        byte[] png = PngEncoder.encode(image, PngOptions.DEFAULT);
        assertTrue(png.length < 1200 * 630 * 3 / 100, "flat 1200x630 PNG is " + png.length + " bytes, over 1% of raw");
        assertPixelsEqual(image, decode(png));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10})
    void rejectsLevelsOutsideZeroToNine(int level) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PngOptions(level, false, false, false));
        assertEquals("PNG compression level must be 0 (og-render's fast coder) or 1-9, was " + level,
                e.getMessage());
    }
}
