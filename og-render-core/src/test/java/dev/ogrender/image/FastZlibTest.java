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
            BitWriter out = FastZlib.compress(data, FastDeflate.Rows.BYTES, null, null,
                    FastZlib.evenBands(data.length, parts), parts - 1, scratch);
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
            BitWriter out = FastZlib.compress(data, new FastDeflate.Rows(3601, 3), null, null,
                    FastZlib.evenBands(length, 2), 1, scratch);
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

    @Test
    void adlerOfPiecesCombinesToTheAdlerOfTheWhole() {
        byte[] data = mixed(200_000, 5);
        Random random = new Random(9);
        for (int k = 0; k < 20; k++) {
            int cut = random.nextInt(data.length + 1);
            java.util.zip.Adler32 a = new java.util.zip.Adler32();
            a.update(data, 0, cut);
            java.util.zip.Adler32 b = new java.util.zip.Adler32();
            b.update(data, cut, data.length - cut);
            java.util.zip.Adler32 whole = new java.util.zip.Adler32();
            whole.update(data);
            assertEquals(whole.getValue(), FastZlib.Adler.combine(a.getValue(), b.getValue(), data.length - cut));
        }
    }

    /** Rows written by the parts themselves (int images) or beforehand (any other type): the same bytes. */
    @Test
    void scanlinesWrittenByThePartsGiveTheSameBytes() {
        BufferedImage card = TestImages.card(BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage bgr = new BufferedImage(card.getWidth(), card.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        bgr.createGraphics().drawImage(card, 0, 0, null);
        assertArrayEquals(PngEncoder.encode(bgr, PngOptions.DEFAULT), PngEncoder.encode(card, PngOptions.DEFAULT));
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
