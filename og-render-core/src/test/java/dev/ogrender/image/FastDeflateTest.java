package dev.ogrender.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
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

    /**
     * Data coded in two parts, the second matching into the first (its window indexed at pixel starts),
     * inflates to the input at every split point, also where fewer than eight bytes come before it.
     */
    @Test
    void aSecondPartMayStartAnywhere() throws DataFormatException {
        byte[] card = scanlines(3, 4);
        for (FastDeflate.Rows rows : new FastDeflate.Rows[] {new FastDeflate.Rows(3601, 3), FastDeflate.Rows.BYTES}) {
            for (int split : new int[] {1, 5, 7, 8, 9, 3600, 3601, 3602, 3604, 7203, 7205, 10000}) {
                assertTwoPartsInflate(card, split, rows);
            }
        }
        byte[] tiny = {1, 2, 3, 1, 2, 3};
        for (int split = 1; split < tiny.length; split++) {
            assertTwoPartsInflate(tiny, split, FastDeflate.Rows.BYTES);
            assertTwoPartsInflate(tiny, split, new FastDeflate.Rows(4, 3));
        }
    }

    private static void assertTwoPartsInflate(byte[] data, int split, FastDeflate.Rows rows)
            throws DataFormatException {
        FastDeflate.Tables tables = new FastDeflate.Tables();
        BitWriter out = new BitWriter(data.length);
        FastDeflate.compress(data, 0, split, rows, false, out, tables);
        FastDeflate.compress(data, split, data.length, rows, true, out, tables);
        out.alignToByte();
        Inflater inflater = new Inflater(true);
        // raw deflate: zlib wants one byte past the stream (Inflater's documentation)
        inflater.setInput(Arrays.copyOf(out.buffer(), out.size() + 1));
        byte[] back = new byte[data.length + 1];   // room past the end: the stream must stop by itself
        String where = "split at " + split + " of " + data.length + ", " + rows;
        assertEquals(data.length, inflater.inflate(back), where);
        assertTrue(inflater.finished(), where);
        assertArrayEquals(data, Arrays.copyOf(back, data.length), where);
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
