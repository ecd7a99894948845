package dev.ogrender.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
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
        HuffmanCode code = new HuffmanCode.Builder().of(freq, 15);
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
        HuffmanCode code = new HuffmanCode.Builder().of(freq, 15);
        assertEquals(1, code.lengths[7]);
        int coded = 0;
        for (int len : code.lengths) {
            coded += len > 0 ? 1 : 0;
        }
        assertEquals(2, coded);
    }

    /** A builder used for codes of different sizes in turn leaves nothing behind that changes the next. */
    @Test
    void aReusedBuilderMakesTheSameCodesAsAFreshOne() {
        Random random = new Random(7);
        HuffmanCode.Builder reused = new HuffmanCode.Builder();
        for (int round = 0; round < 200; round++) {
            long[] freq = new long[new int[] {286, 30, 19, 2}[round % 4]];
            for (int s = 0; s < freq.length; s++) {
                // sparse and skewed, as a block's statistics are; a few rounds force the length limit
                freq[s] = random.nextInt(3) == 0 ? 0 : (long) Math.pow(random.nextInt(round % 5 == 0 ? 40 : 8), 4);
            }
            int maxLength = freq.length == 19 ? 7 : 15;
            HuffmanCode fresh = new HuffmanCode.Builder().of(freq, maxLength);
            HuffmanCode again = reused.of(freq, maxLength);
            assertTrue(Arrays.equals(fresh.lengths, again.lengths), "lengths, round " + round);
            assertTrue(Arrays.equals(fresh.codes, again.codes), "codes, round " + round);
            assertTrue(Arrays.stream(again.lengths).max().getAsInt() <= maxLength, "limit, round " + round);
        }
    }
}
