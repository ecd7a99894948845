package dev.ogrender.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
