package dev.ogrender.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PngEncoderTest {

    private static final int[] TYPES = {BufferedImage.TYPE_INT_ARGB_PRE, BufferedImage.TYPE_INT_ARGB,
        BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_3BYTE_BGR};

    @ParameterizedTest
    @CsvSource({"1,1", "3,1", "1,5", "7,3", "33,17", "257,31"})
    void opaqueImagesRoundTripExactlyAsRgb(int width, int height) {
        for (int type : TYPES) {
            BufferedImage image = TestImages.random(type, width, height, false, type);
            byte[] png = PngEncoder.encode(image, 3);
            assertEquals(2, png[25], "colour type RGB for opaque type " + type);
            assertPixelsEqual(image, decode(png));
        }
    }

    @ParameterizedTest
    @CsvSource({"1,1", "16,16", "33,17", "257,31"})
    void straightAlphaRoundTripsExactly(int width, int height) {
        for (int type : new int[] {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_4BYTE_ABGR}) {
            BufferedImage image = TestImages.random(type, width, height, true, 7);
            byte[] png = PngEncoder.encode(image, 6);
            assertEquals(6, png[25], "colour type RGBA");
            assertPixelsEqual(image, decode(png));
        }
    }

    /** Premultiplied c with alpha a decodes as round(c * 255 / a), halves up; alpha 0 as 0,0,0,0. */
    @ParameterizedTest
    @CsvSource({"1,1", "16,16", "33,17", "257,31"})
    void premultipliedAlphaIsUnpremultipliedWithDocumentedRounding(int width, int height) {
        BufferedImage image = TestImages.random(BufferedImage.TYPE_INT_ARGB_PRE, width, height, true, 11);
        int[] raw = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        BufferedImage decoded = decode(PngEncoder.encode(image, 1));
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i++) {
                assertEquals(Integer.toHexString(expectedStraight(raw[i])),
                        Integer.toHexString(decoded.getRGB(x, y)), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void premultipliedRoundingMatchesJava2dGetRgb() {
        BufferedImage image = TestImages.random(BufferedImage.TYPE_INT_ARGB_PRE, 256, 64, true, 3);
        assertPixelsEqual(image, decode(PngEncoder.encode(image, 3)));
    }

    @Test
    void subImagesAreReadFromTheirOwnOrigin() {
        BufferedImage parent = TestImages.random(BufferedImage.TYPE_INT_ARGB, 40, 30, true, 5);
        BufferedImage sub = parent.getSubimage(7, 5, 21, 13);
        assertPixelsEqual(sub, decode(PngEncoder.encode(sub, 3)));
    }

    @Test
    void everyChunkCrcIsValid() {
        byte[] png = PngEncoder.encode(TestImages.card(BufferedImage.TYPE_INT_ARGB_PRE), 3);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                java.util.Arrays.copyOf(png, 8));
        int chunks = 0;
        for (int p = 8; p < png.length; chunks++) {
            int length = readInt(png, p);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(png, p + 4, length + 4);
            assertEquals((int) crc.getValue(), readInt(png, p + 8 + length), "CRC of chunk " + chunks);
            p += 12 + length;
        }
        assertEquals(3, chunks, "IHDR, IDAT, IEND");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10, Integer.MAX_VALUE})
    void rejectsLevelsOutsideOneToNine(int level) {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PngEncoder.encode(image, level));
        assertEquals("PNG compression level must be 1-9, was " + level, e.getMessage());
    }

    @Test
    void cardIsAtMostAFifthLargerThanImageIoAtTheDefaultLevel() throws IOException {
        BufferedImage card = TestImages.card(BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
        ImageIO.write(card, "png", imageIo);
        int ours = PngEncoder.encode(card, PngEncoder.DEFAULT_LEVEL).length;
        System.out.printf("1200x630 card PNG: og-render level %d %d bytes, ImageIO %d bytes (%.2fx)%n",
                PngEncoder.DEFAULT_LEVEL, ours, imageIo.size(), ours / (double) imageIo.size());
        assertTrue(ours <= 1.2 * imageIo.size(), ours + " > 1.2 x " + imageIo.size());
    }

    @Test
    void translucentCardDecodesToTheSamePixels() {
        BufferedImage card = TestImages.card(BufferedImage.TYPE_INT_ARGB);
        card.setRGB(0, 0, 0x80ff0000);
        assertPixelsEqual(card, decode(PngEncoder.encode(card, 3)));
    }

    /** The fast coder packs RGB while it checks alpha; a translucent last pixel must still give RGBA. */
    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_ARGB_PRE})
    void translucentLastPixelGivesRgbaWithTheFastCoder(int type) {
        BufferedImage card = TestImages.card(type);
        card.setRGB(card.getWidth() - 1, card.getHeight() - 1, 0x80ff0000);
        byte[] png = PngEncoder.encode(card, PngOptions.DEFAULT);
        assertEquals(6, png[8 + 8 + 9], "colour type RGBA");
        BufferedImage back = decode(png);
        assertEquals(0x80, back.getRGB(card.getWidth() - 1, card.getHeight() - 1) >>> 24);
        assertEquals(card.getRGB(5, 5), back.getRGB(5, 5));
    }

    static int expectedStraight(int premultiplied) {
        int a = premultiplied >>> 24;
        if (a == 0) {
            return 0;
        }
        int r = Math.min(255, (((premultiplied >> 16) & 0xff) * 255 + a / 2) / a);
        int g = Math.min(255, (((premultiplied >> 8) & 0xff) * 255 + a / 2) / a);
        int b = Math.min(255, ((premultiplied & 0xff) * 255 + a / 2) / a);
        return a << 24 | r << 16 | g << 8 | b;
    }

    static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertPixelsEqual(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth(), "width");
        assertEquals(expected.getHeight(), actual.getHeight(), "height");
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int want = expected.getRGB(x, y);
                int got = actual.getRGB(x, y);
                if (want != got) {
                    assertEquals(Integer.toHexString(want), Integer.toHexString(got), "pixel " + x + "," + y);
                }
            }
        }
    }

    private static int readInt(byte[] b, int p) {
        return (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff);
    }
}
