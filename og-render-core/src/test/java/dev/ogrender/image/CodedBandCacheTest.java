package dev.ogrender.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bands reused from earlier images: the PNG bytes are always those of coding every band, whatever the
 * cache holds, and the bands that are reused are the ones that did not change.
 */
class CodedBandCacheTest {

    private static final PngOptions REUSE = PngOptions.DEFAULT.withParallel(false);
    private static final PngOptions CODE_ALL = REUSE.withReuse(false);
    /** The RGB scanline stream of a 1200 px row: 3601 bytes; bands of 36 rows (FastZlib.bands). */
    private static final int ROW = 3601;

    @BeforeEach
    void emptyCache() {
        CodedBandCache.clear();
    }

    @Test
    void bandsOfA1200By630CardAre36RowsEach() {
        int[] bounds = FastZlib.bands(630 * ROW, new FastDeflate.Rows(ROW, 3));
        assertEquals(19, bounds.length);            // 18 bands: 17 of 36 rows, the last of 18
        assertEquals(36 * ROW, bounds[1]);
        assertEquals(630 * ROW, bounds[18]);
    }

    @Test
    void aRepeatedImageIsCopiedFromTheCacheWithTheSameBytes() {
        BufferedImage card = TestImages.card(BufferedImage.TYPE_INT_ARGB_PRE);
        byte[] expected = PngEncoder.encode(card, CODE_ALL);
        assertArrayEquals(expected, PngEncoder.encode(card, REUSE));     // first sighting: noted
        assertEquals(0, CodedBandCache.size());
        assertArrayEquals(expected, PngEncoder.encode(card, REUSE));     // second: stored
        assertEquals(18, CodedBandCache.size());
        assertArrayEquals(expected, PngEncoder.encode(card, REUSE));     // third: every band copied
        assertArrayEquals(expected, PngEncoder.encode(card, PngOptions.DEFAULT));
    }

    /** Text changed in the middle band: that band is coded again, the others come from the cache. */
    @Test
    void aChangedBandIsCodedAgainAndTheRestReused() throws IOException {
        BufferedImage card = TestImages.card(BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage changed = storedCopy(card);
        changed.setRGB(600, 9 * 36 + 20, 0xff000000);         // inside band 9, away from its window rows
        assertReusedEncodeIsExact(changed);
    }

    /**
     * Band 10's own rows are unchanged, but the 32 KB before it (the end of band 9), which its matches
     * reach into, changed: reusing its old bits would decode to the wrong pixels, so it is coded again.
     * Band 10 repeats band 9's last row (noise), so its bits are copies from that row.
     */
    @Test
    void aBandWhoseWindowChangedIsNotReused() throws IOException {
        BufferedImage card = TestImages.card(BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(4);
        for (int x = 0; x < 1200; x++) {
            card.setRGB(x, 10 * 36 - 1, 0xff000000 | random.nextInt(1 << 24));
        }
        for (int y = 10 * 36; y < 11 * 36; y++) {
            for (int x = 0; x < 1200; x++) {
                card.setRGB(x, y, card.getRGB(x, 10 * 36 - 1));
            }
        }
        BufferedImage changed = storedCopy(card);
        for (int x = 0; x < 1200; x++) {
            changed.setRGB(x, 10 * 36 - 1, 0xff000000 | random.nextInt(1 << 24));     // the last row of band 9
        }
        assertReusedEncodeIsExact(changed);
    }

    /** One pixel the fingerprint does not sample (column 1): the full comparison still sees it. */
    @Test
    void aHitIsConfirmedPixelByPixelNotByTheFingerprint() throws IOException {
        BufferedImage card = TestImages.card(BufferedImage.TYPE_INT_ARGB_PRE);
        assertReusedEncodeIsExact(unsampledChange(storedCopy(card), card));
    }

    /**
     * Two cards that differ in one pixel the fingerprint does not sample, encoded in turn: the other 17
     * bands are stored on their second sighting, but band 0, whose key the two share, is stored for
     * neither (it never recurred), so the two never evict each other and nothing is copied in vain.
     */
    @Test
    void bandsThatOnlyShareAFingerprintAreNotStored() throws IOException {
        BufferedImage a = TestImages.card(BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage b = unsampledChange(copy(a), a);
        for (int k = 0; k < 3; k++) {
            for (BufferedImage image : new BufferedImage[] {a, b}) {
                assertReusedEncodeIsExact(image);
            }
        }
        assertEquals(17, CodedBandCache.size());
    }

    @Test
    void translucentImagesAndOtherLayoutsAreCodedAsBefore() {
        BufferedImage translucent = TestImages.random(BufferedImage.TYPE_INT_ARGB, 700, 400, true, 5);
        BufferedImage bgr = new BufferedImage(1200, 630, BufferedImage.TYPE_3BYTE_BGR);
        bgr.createGraphics().drawImage(TestImages.card(BufferedImage.TYPE_INT_RGB), 0, 0, null);
        for (BufferedImage image : new BufferedImage[] {translucent, bgr}) {
            byte[] expected = PngEncoder.encode(image, CODE_ALL);
            for (int k = 0; k < 3; k++) {
                assertArrayEquals(expected, PngEncoder.encode(image, REUSE));
            }
        }
        assertEquals(0, CodedBandCache.size());
    }

    @Test
    void theCacheStaysWithinItsBound() {
        BufferedImage card = TestImages.card(BufferedImage.TYPE_INT_RGB);
        for (int k = 0; k < 80; k++) {
            BufferedImage variant = copy(card);
            variant.setRGB(k, 0, 0xff000000 | k * 40503);   // a different first band each time
            for (int twice = 0; twice < 2; twice++) {
                PngEncoder.encode(variant, REUSE);
            }
            assertTrue(CodedBandCache.bytesHeld() <= CodedBandCache.MAX_BYTES, "held " + CodedBandCache.bytesHeld());
        }
    }

    /** A band found on every image (a template's background) outlives the sweeps that drop the others. */
    @Test
    void bandsFoundSinceTheLastSweepAreKeptWhenTheCacheIsFull() {
        int width = 1024;
        int rows = 64;                                   // 256 KB of pixels per band
        FastDeflate.Rows layout = new FastDeflate.Rows(width * 3 + 1, 3);
        PixelRows background = new PixelRows(new java.util.Random(1).ints(width * rows).toArray(), 0, width, width);
        CodedBandCache.Key backgroundKey = new CodedBandCache.Key(layout, 1 << 20, 0, -1);
        byte[] bits = {1, 2, 3};
        offerTwice(backgroundKey, background, rows, bits);
        int[] pixels = new int[width * rows];
        PixelRows other = new PixelRows(pixels, 0, width, width);
        long stored = 0;
        for (int k = 0; stored < 3 * CodedBandCache.MAX_BYTES; k++) {
            pixels[0] = k;
            CodedBandCache.Key key = new CodedBandCache.Key(layout, 1 << 20, 1, k);
            offerTwice(key, other, rows, bits);
            stored += 4L * width * rows;
            assertTrue(CodedBandCache.bytesHeld() <= CodedBandCache.MAX_BYTES, "held " + CodedBandCache.bytesHeld());
            assertTrue(CodedBandCache.find(backgroundKey, background, 0, rows) != null, "background dropped after " + k);
        }
        pixels[0] = 0;
        assertEquals(null, CodedBandCache.find(new CodedBandCache.Key(layout, 1 << 20, 1, 0), other, 0, rows),
                "the first band, never found, is gone");
    }

    /** A band is stored on its second sighting. */
    private static void offerTwice(CodedBandCache.Key key, PixelRows pixels, int rows, byte[] bits) {
        for (int k = 0; k < 2; k++) {
            CodedBandCache.offer(key, pixels, 0, rows, bits, bits.length, 7, pixels.data()[0]);
        }
    }

    /** Encodes the image twice (its bands are then stored) and returns a copy to change. */
    private static BufferedImage storedCopy(BufferedImage image) {
        for (int k = 0; k < 2; k++) {
            PngEncoder.encode(image, REUSE);
        }
        assertEquals(18, CodedBandCache.size());
        return copy(image);
    }

    /** The encode with reuse decodes to the image's pixels and equals the encode that codes every band. */
    private static void assertReusedEncodeIsExact(BufferedImage image) throws IOException {
        byte[] png = PngEncoder.encode(image, REUSE);
        assertPixels(image, png);
        assertArrayEquals(PngEncoder.encode(image, CODE_ALL), png);
    }

    /**
     * Changes pixel (1, 5) of a copy of {@code original}, which band 0's fingerprint does not sample (row 5
     * is sampled from column 12 on).
     */
    private static BufferedImage unsampledChange(BufferedImage copy, BufferedImage original) {
        copy.setRGB(1, 5, 0xff00ff00);
        assertEquals(fingerprint(original, 0, 36), fingerprint(copy, 0, 36), "the change is not sampled");
        return copy;
    }

    private static long fingerprint(BufferedImage image, int first, int end) {
        return CodedBandCache.fingerprint(PngRows.of(image).pixels(), first, end);
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
        copy.getRaster().setRect(image.getRaster());
        return copy;
    }

    private static void assertPixels(BufferedImage expected, byte[] png) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int e = expected.getRGB(x, y);
                if (e != decoded.getRGB(x, y)) {
                    throw new AssertionError("pixel " + x + "," + y + ": expected " + Integer.toHexString(e)
                            + ", was " + Integer.toHexString(decoded.getRGB(x, y)));
                }
            }
        }
    }
}
