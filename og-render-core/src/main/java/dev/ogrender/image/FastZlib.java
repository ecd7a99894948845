package dev.ogrender.image;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Adler32;

/**
 * Wraps {@link FastDeflate} output in a zlib stream (RFC 1950), coded in parts that idle cores may take.
 * The parts join as pigz joins them: each but the last ends with an empty stored block on a byte
 * boundary, and each may still refer back into the bytes before it, so splitting costs only a little
 * size (about 1% on the reference card).
 *
 * <p>The number of parts depends only on the data's length, so the PNG bytes depend only on the pixels,
 * never on the machine or the load. Who codes them does depend on the load: the caller and up to
 * (cores - 1 - other encodes in progress) helper threads each take the next part not yet taken. A lone
 * request on a server gets every core; a batch that already keeps every core busy codes each image on
 * its own thread, with no hand-over cost.
 */
final class FastZlib {

    /** Data is cut into parts of about this size (at most {@value #MAX_PARTS}). */
    private static final int PART_BYTES = 512 * 1024;
    static final int MAX_PARTS = 4;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Encodes in progress in this JVM. */
    private static final AtomicInteger ENCODING = new AtomicInteger();

    private FastZlib() {
    }

    /**
     * Writes the zlib stream of {@code data[0, length)} into the scratch's bit writer, which is left
     * byte-aligned and holds the whole stream.
     *
     * @param rows     where pixels start in the data (matches are searched from pixel starts)
     * @param parallel whether idle cores may code parts of the data (the bytes are the same either way)
     */
    static BitWriter compress(byte[] data, int length, FastDeflate.Rows rows, boolean parallel, EncodeScratch scratch) {
        int others = ENCODING.getAndIncrement();
        try {
            int parts = Math.max(1, Math.min(MAX_PARTS, length / PART_BYTES));
            int helpers = parallel ? Math.max(0, Math.min(parts - 1, CORES - 1 - others)) : 0;
            return compress(data, length, rows, parts, helpers, scratch);
        } finally {
            ENCODING.decrementAndGet();
        }
    }

    /**
     * Codes the data in {@code parts} parts (1 to {@value #MAX_PARTS}), with up to {@code helpers} helper
     * threads beside the caller.
     */
    static BitWriter compress(byte[] data, int length, FastDeflate.Rows rows, int parts, int helpers,
            EncodeScratch scratch) {
        if (parts < 1 || parts > MAX_PARTS) {
            throw new IllegalArgumentException("parts must be 1-" + MAX_PARTS + ", was " + parts);
        }
        Parts work = new Parts(data, length, rows, parts, scratch.parts);
        for (int h = 0; h < helpers; h++) {
            try {
                Helper.POOL.execute(() -> {
                    EncodeScratch own = EncodeScratch.take();
                    try {
                        work.codeAll(own.tables);
                    } finally {
                        own.release();
                    }
                });
            } catch (RejectedExecutionException e) {
                break;                          // every helper is busy: the caller codes the rest
            }
        }
        work.codeAll(scratch.tables);
        BitWriter out = scratch.bits;
        out.write(0x78, 8);                    // deflate, 32 KB window
        out.write(0x01, 8);                    // fastest level, no dictionary; (0x7801 % 31 == 0)
        for (int p = 0; p < parts; p++) {
            BitWriter part = work.await(p);
            out.writeBytes(part.buffer(), 0, part.size());
        }
        Adler32 adler = new Adler32();
        adler.update(data, 0, length);
        out.write(Integer.reverseBytes((int) adler.getValue()), 32);
        return out;
    }

    /** The parts of one stream: taken one by one by whichever thread asks next, awaited in order. */
    private static final class Parts {
        private final byte[] data;
        private final int length;
        private final FastDeflate.Rows rows;
        private final int count;
        private final AtomicInteger next = new AtomicInteger();
        private final BitWriter[] writers;
        private final Throwable[] failed;
        private final CountDownLatch finished;

        Parts(byte[] data, int length, FastDeflate.Rows rows, int count, BitWriter[] writers) {
            this.data = data;
            this.rows = rows;
            this.length = length;
            this.count = count;
            this.writers = writers;
            this.failed = new Throwable[count];
            this.finished = new CountDownLatch(count);
        }

        /** Codes parts until none is left to take. */
        void codeAll(FastDeflate.Tables tables) {
            for (int p = next.getAndIncrement(); p < count; p = next.getAndIncrement()) {
                try {
                    int from = bound(p);
                    int to = bound(p + 1);
                    BitWriter w = writers[p];
                    w.reset();
                    FastDeflate.compress(data, from, to, rows, p == count - 1, w, tables);
                    w.alignToByte();
                } catch (RuntimeException | Error e) {
                    failed[p] = e;
                } finally {
                    finished.countDown();
                }
            }
        }

        /** @return part p's coded bytes (the caller's writer p), once every part is coded */
        BitWriter await(int p) {
            boolean interrupted = false;
            while (true) {
                try {
                    finished.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;         // the parts finish quickly; keep the flag for the caller
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failed[p] instanceof RuntimeException e) {
                throw e;
            }
            if (failed[p] instanceof Error e) {
                throw e;
            }
            return writers[p];
        }

        private int bound(int p) {
            return (int) ((long) length * p / count);
        }
    }

    /**
     * The shared helper threads, created on first parallel use: at most one per core, daemons (they never
     * hold the JVM open), idle ones exit after 30 s. A task the pool cannot start at once is refused, and the
     * caller codes that part itself, so a flood of parallel encodes degrades to plain sequential ones,
     * never to a queue.
     */
    private static final class Helper {
        static final ExecutorService POOL = new ThreadPoolExecutor(0, Runtime.getRuntime().availableProcessors(),
                30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "og-render-png-deflate");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }
}
