package dev.ogrender.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HuffmanCodeTest {

    /** Fibonacci weights make the deepest possible tree: 39 symbols would need 38-bit codes unlimited. */
    @Test
    void codesAreLimitedAndComplete() {
        long[] freq = new long[39];
        freq[0] = 1;
        freq[1] = 1;
        for (int i = 2; i < freq.length; i++) {
            freq[i] = freq[i - 1] + freq[i - 2];
        }
        HuffmanCode code = HuffmanCode.of(freq, 15);
        double kraft = 0;
        for (int len : code.lengths) {
            assertTrue(len >= 1 && len <= 15, "length " + len);
            kraft += Math.pow(2, -len);
        }
        assertEquals(1.0, kraft, 1e-12, "a complete prefix code");
    }

    @Test
    void aSingleUsedSymbolStillGetsATwoSymbolCode() {
        long[] freq = new long[30];
        freq[7] = 100;
        HuffmanCode code = HuffmanCode.of(freq, 15);
        assertEquals(1, code.lengths[7]);
        int coded = 0;
        for (int len : code.lengths) {
            coded += len > 0 ? 1 : 0;
        }
        assertEquals(2, coded);
    }
}
