package dev.ogrender.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The zlib stream of the fast coder, in one part or several, inflates to the input (checked by java.util.zip). */
class FastZlibTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void anyNumberOfPartsInflatesToTheInput(int parts) throws DataFormatException {
        byte[] data = mixed(1_500_000, 7);
        EncodeScratch scratch = EncodeScratch.take();
        try {
            BitWriter out = FastZlib.compress(data, data.length, FastDeflate.Rows.BYTES, parts, parts - 1, scratch);
            assertArrayEquals(data, inflate(Arrays.copyOf(out.buffer(), out.size()), data.length));
        } finally {
            scratch.release();
        }
    }

    @Test
    void onlyTheGivenLengthOfAStaleLargerBufferIsCoded() throws DataFormatException {
        byte[] data = mixed(400_000, 11);
        int length = 300_001;
        EncodeScratch scratch = EncodeScratch.take();
        try {
            BitWriter out = FastZlib.compress(data, length, new FastDeflate.Rows(3601, 3), 2, 1, scratch);
            assertArrayEquals(Arrays.copyOf(data, length), inflate(Arrays.copyOf(out.buffer(), out.size()), length));
        } finally {
            scratch.release();
        }
    }

    @Test
    void reusedBuffersGiveTheSameBytesAsFreshOnes() {
        BufferedImage card = TestImages.card(BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage noise = TestImages.random(BufferedImage.TYPE_INT_ARGB, 1300, 700, true, 3);
        byte[] first = PngEncoder.encode(card, PngOptions.DEFAULT.withParallel(false));
        PngEncoder.encode(noise, PngOptions.DEFAULT.withParallel(false));     // leaves larger, stale buffers behind
        byte[] again = PngEncoder.encode(card, PngOptions.DEFAULT.withParallel(false));
        assertArrayEquals(first, again);
    }

    /** Runs of repeats at row-like distances, text-like short repeats and noise, as in a rendered card. */
    private static byte[] mixed(int length, long seed) {
        Random random = new Random(seed);
        byte[] data = new byte[length];
        int i = 0;
        while (i < length) {
            int kind = random.nextInt(3);
            int run = 1 + random.nextInt(3000);
            for (int k = 0; k < run && i < length; k++, i++) {
                if (kind == 0 && i >= 3601) {
                    data[i] = data[i - 3601];
                } else if (kind == 1 && i >= 3) {
                    data[i] = data[i - 3];
                } else {
                    data[i] = (byte) random.nextInt(256);
                }
            }
        }
        return data;
    }

    private static byte[] inflate(byte[] zlib, int expectedLength) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(zlib);
            ByteArrayOutputStream out = new ByteArrayOutputStream(expectedLength);
            byte[] buf = new byte[65536];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buf, 0, n);
            }
            assertEquals(0, inflater.getRemaining(), "bytes after the end of the zlib stream");
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
