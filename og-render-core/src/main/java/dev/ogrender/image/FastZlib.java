package dev.ogrender.image;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.zip.Adler32;

/**
 * Wraps {@link FastDeflate} output in a zlib stream (RFC 1950), optionally coding the second half of
 * the data on a helper thread. The halves join as pigz joins them: the first ends with an empty stored
 * block on a byte boundary, and the second may still refer back into the first's bytes, so splitting
 * costs only a little size.
 */
final class FastZlib {

    /** Below this much data a second thread costs more than it saves. */
    private static final int PARALLEL_MIN_BYTES = 256 * 1024;

    private FastZlib() {
    }

    /**
     * Writes the zlib stream of {@code data[0, length)} into the scratch's bit writer, which is left
     * byte-aligned and holds the whole stream.
     */
    static BitWriter compress(byte[] data, int length, boolean parallel, EncodeScratch scratch) {
        BitWriter out = scratch.bits;
        out.write(0x78, 8);                    // deflate, 32 KB window
        out.write(0x01, 8);                    // fastest level, no dictionary; (0x7801 % 31 == 0)
        if (parallel && length >= PARALLEL_MIN_BYTES) {
            int half = length / 2;
            CompletableFuture<BitWriter> second = CompletableFuture.supplyAsync(() -> {
                EncodeScratch own = EncodeScratch.take();
                try {
                    BitWriter w = new BitWriter(length / 16 + 1024);
                    FastDeflate.compress(data, half, length, true, w, own.tables);
                    w.alignToByte();
                    return w;
                } finally {
                    own.release();
                }
            }, Helper.POOL);
            FastDeflate.compress(data, 0, half, false, out, scratch.tables);
            BitWriter tail = second.join();
            out.writeBytes(tail.buffer(), 0, tail.size());
        } else {
            FastDeflate.compress(data, 0, length, true, out, scratch.tables);
            out.alignToByte();
        }
        Adler32 adler = new Adler32();
        adler.update(data, 0, length);
        out.write(Integer.reverseBytes((int) adler.getValue()), 32);
        return out;
    }

    /**
     * The shared helper threads, created on first parallel use: at most one per core, daemons (they never
     * hold the JVM open), idle ones exit after 30 s. When all are busy the caller codes the second half
     * itself, so a flood of parallel encodes degrades to plain sequential ones, never to a queue.
     */
    private static final class Helper {
        static final ExecutorService POOL = new ThreadPoolExecutor(0, Runtime.getRuntime().availableProcessors(),
                30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "og-render-png-deflate");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }
}
