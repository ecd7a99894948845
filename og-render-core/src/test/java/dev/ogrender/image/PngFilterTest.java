package dev.ogrender.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PngFilterTest {

    @Test
    void everyFilterInvertsWithThePngSpecReconstruction() {
        Random random = new Random(1);
        byte[] prev = new byte[30];
        byte[] row = new byte[30];
        random.nextBytes(prev);
        random.nextBytes(row);
        for (int type = 0; type <= 4; type++) {
            byte[] out = new byte[31];
            PngFilter.apply(type, row, prev, 3, out);
            assertEquals(type, out[0]);
            assertArrayEquals(row, reconstruct(out, prev, 3), "filter " + type);
        }
    }

    @Test
    void identicalRowsChooseUp() {
        byte[] row = {10, 20, 30, 40, 50, 60};
        assertEquals(PngFilter.UP, PngFilter.choose(row, row.clone(), 3));
    }

    @Test
    void horizontalRampChoosesSub() {
        byte[] row = new byte[30];
        for (int i = 0; i < row.length; i++) {
            row[i] = (byte) (100 + i / 3);
        }
        assertEquals(PngFilter.SUB, PngFilter.choose(row, new byte[30], 3));
    }

    @Test
    void paethPrefersLeftThenUp() {
        assertEquals(5, PngFilter.paeth(5, 5, 5));
        assertEquals(10, PngFilter.paeth(10, 20, 20));
        assertEquals(20, PngFilter.paeth(10, 20, 10));
    }

    private static byte[] reconstruct(byte[] filtered, byte[] prev, int bpp) {
        byte[] row = new byte[filtered.length - 1];
        for (int i = 0; i < row.length; i++) {
            int x = filtered[i + 1] & 0xff;
            int a = i >= bpp ? row[i - bpp] & 0xff : 0;
            int b = prev[i] & 0xff;
            int c = i >= bpp ? prev[i - bpp] & 0xff : 0;
            int p = switch (filtered[0]) {
                case 0 -> 0;
                case 1 -> a;
                case 2 -> b;
                case 3 -> (a + b) / 2;
                default -> PngFilter.paeth(a, b, c);
            };
            row[i] = (byte) (x + p);
        }
        return row;
    }
}
