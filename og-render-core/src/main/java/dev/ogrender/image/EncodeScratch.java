package dev.ogrender.image;

import dev.ogrender.internal.SmallPool;
import java.util.Arrays;

/**
 * The buffers one PNG encode needs (about 3.5 MB for a 1200x630 card: the scanline stream, the matcher's
 * tables and tokens, the bit stream), kept for the next encode instead of being allocated and collected
 * per image: at a few hundred images a second that garbage is what keeps a second core busy.
 *
 * <p>A small lock-free pool, not a thread-local: a server with two hundred request threads keeps at most
 * two sets per core (the encoding threads and the helpers that code bands), not one per thread. Taking and returning is one compare-and-set each; when every set
 * is taken a fresh one is made and dropped afterwards. Scanline buffers above {@value #MAX_KEPT_BYTES}
 * bytes are not kept, so one huge image does not pin its memory.
 */
final class EncodeScratch {

    static final int MAX_KEPT_BYTES = 16 << 20;
    private static final SmallPool<EncodeScratch> POOL =
            new SmallPool<>(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));

    final FastDeflate.Tables tables = new FastDeflate.Tables();
    final BitWriter bits = new BitWriter(64 * 1024);
    /** One bit stream per band of a stream ({@link FastZlib}); filled by whichever thread codes the band. */
    private BitWriter[] bands = new BitWriter[0];
    private byte[] scanlines = new byte[0];

    private EncodeScratch() {
    }

    /** @return a free set of buffers; give it back with {@link #release()} when the encode is done */
    static EncodeScratch take() {
        EncodeScratch s = POOL.take(any -> true);
        return s != null ? s : new EncodeScratch();
    }

    /** Returns the buffers to the pool (or drops them when it is full). Nothing may use them afterwards. */
    void release() {
        if (scanlines.length > MAX_KEPT_BYTES) {
            scanlines = new byte[0];
        }
        bits.reset();
        for (BitWriter band : bands) {
            band.reset();
        }
        POOL.give(this);
    }

    /** @return at least {@code count} empty bit streams, one per band */
    BitWriter[] bandWriters(int count) {
        if (bands.length < count) {
            BitWriter[] more = Arrays.copyOf(bands, count);
            for (int i = bands.length; i < count; i++) {
                more[i] = new BitWriter(16 * 1024);
            }
            bands = more;
        }
        return bands;
    }

    /** @return a buffer of at least {@code length} bytes for the scanline stream; its contents are stale */
    byte[] scanlines(int length) {
        if (scanlines.length < length) {
            scanlines = new byte[length];
        }
        return scanlines;
    }
}
