package dev.ogrender.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The matcher's view of scanlines: after a miss it searches again where the next pixel starts. */
class FastDeflateTest {

    @Test
    void nextPixelSkipsToTheNextPixelOrFilterByte() {
        FastDeflate.Rows rgb = new FastDeflate.Rows(7, 3);       // filter byte, then two RGB pixels
        int[] expected = {1, 4, 4, 4, 7, 7, 7, 8, 11};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], rgb.nextPixel(i), "after " + i);
        }
    }

    @Test
    void bytesAndPalettesMayMatchAnywhere() {
        assertEquals(6, FastDeflate.Rows.BYTES.nextPixel(5));
        assertEquals(6, new FastDeflate.Rows(11, 1).nextPixel(5));
    }

    /**
     * Tables kept from call to call code as fresh tables do: another image's entries are never candidates,
     * also across the point where the offsets run out and the tables are cleared.
     */
    @Test
    void keptTablesCodeAsFreshTablesDo() {
        byte[] card = scanlines(1, 60);
        byte[] other = scanlines(2, 60);
        byte[] expected = code(card, new FastDeflate.Tables());
        FastDeflate.Tables kept = new FastDeflate.Tables();
        code(other, kept);
        assertArrayEquals(expected, code(card, kept));
        kept.startAt(Integer.MAX_VALUE - 3 * card.length);
        for (int k = 0; k < 4; k++) {
            code(k % 2 == 0 ? other : card, kept);
            assertArrayEquals(expected, code(card, kept), "call " + k);
        }
    }

    private static byte[] code(byte[] data, FastDeflate.Tables tables) {
        BitWriter out = new BitWriter(data.length);
        FastDeflate.compress(data, 0, data.length, new FastDeflate.Rows(3601, 3), true, out, tables);
        return out.toByteArray();
    }

    /**
     * Rows of 1200 RGB pixels with a filter byte, each a copy of one of five random rows picked at random:
     * the repeats are at no fixed distance, so the hash tables find them.
     */
    private static byte[] scanlines(long seed, int height) {
        Random random = new Random(seed);
        byte[][] kinds = new byte[5][3601];
        for (byte[] kind : kinds) {
            random.nextBytes(kind);
            kind[0] = 0;
        }
        byte[] data = new byte[3601 * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(kinds[random.nextInt(kinds.length)], 0, data, 3601 * y, 3601);
        }
        return data;
    }
}
