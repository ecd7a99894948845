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
        return compress(data, length, rows, null, parallel, scratch);
    }

    /**
     * As {@link #compress(byte[], int, FastDeflate.Rows, boolean, EncodeScratch)}, but the scanlines are
     * not written yet: each part first writes its own rows with {@code packer} (on whichever thread takes
     * it), and the coding starts once every row is written.
     *
     * @return the stream, or null if the packer refused a row (the image is not what it was packed as)
     */
    static BitWriter compress(byte[] data, int length, FastDeflate.Rows rows, Packer packer, boolean parallel,
            EncodeScratch scratch) {
        int others = ENCODING.getAndIncrement();
        try {
            int parts = Math.max(1, Math.min(MAX_PARTS, length / PART_BYTES));
            int helpers = parallel ? Math.max(0, Math.min(parts - 1, CORES - 1 - others)) : 0;
            return compress(data, length, rows, packer, parts, helpers, scratch);
        } finally {
            ENCODING.decrementAndGet();
        }
    }

    /**
     * Codes the data in {@code parts} parts (1 to {@value #MAX_PARTS}), with up to {@code helpers} helper
     * threads beside the caller.
     */
    static BitWriter compress(byte[] data, int length, FastDeflate.Rows rows, Packer packer, int parts, int helpers,
            EncodeScratch scratch) {
        if (parts < 1 || parts > MAX_PARTS) {
            throw new IllegalArgumentException("parts must be 1-" + MAX_PARTS + ", was " + parts);
        }
        Parts work = new Parts(data, length, rows, packer, parts, scratch.parts);
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
        if (!work.packed()) {
            work.awaitAll();
            return null;
        }
        out.write(0x78, 8);                    // deflate, 32 KB window
        out.write(0x01, 8);                    // fastest level, no dictionary; (0x7801 % 31 == 0)
        long adler = 1;
        for (int p = 0; p < parts; p++) {
            BitWriter part = work.await(p);
            out.writeBytes(part.buffer(), 0, part.size());
            adler = Adler.combine(adler, work.adler[p], work.bound(p + 1) - work.bound(p));
        }
        out.write(Integer.reverseBytes((int) adler), 32);
        return out;
    }

    /** Writes the scanlines of rows {@code [first, end)} into the data; false if it cannot (see caller). */
    @FunctionalInterface
    interface Packer {
        boolean pack(int first, int end);
    }

    /** Adler-32 (RFC 1950) of a concatenation from the checksums of its pieces. */
    static final class Adler {
        private static final int MOD = 65521;

        private Adler() {
        }

        /**
         * @return the Adler-32 of A followed by B, given A's, B's and B's length. With s1 = 1 + the sum of
         *     the bytes and s2 = the sum of the s1 values after each byte: s1 = s1A + s1B - 1 and
         *     s2 = s2A + s2B + lengthB * (s1A - 1), modulo 65521.
         */
        static long combine(long a, long b, long lengthB) {
            long s1a = a & 0xFFFF;
            long s2a = a >>> 16;
            long s1b = b & 0xFFFF;
            long s2b = b >>> 16;
            long s1 = (s1a + s1b + MOD - 1) % MOD;
            long s2 = (s2a + s2b + (lengthB % MOD) * ((s1a + MOD - 1) % MOD)) % MOD;
            return s2 << 16 | s1;
        }
    }

    /**
     * The parts of one stream: taken one by one by whichever thread asks next, awaited in order. With a
     * packer, there are two rounds: every part's rows are written first (each row by exactly one thread),
     * and only then is any part coded, since a part matches into the rows before it.
     */
    private static final class Parts {
        private final byte[] data;
        private final int length;
        private final FastDeflate.Rows rows;
        private final Packer packer;
        private final int count;
        private final AtomicInteger nextPack = new AtomicInteger();
        private final CountDownLatch allPacked;
        private volatile boolean refused;
        private final AtomicInteger next = new AtomicInteger();
        final long[] adler;
        private final BitWriter[] writers;
        private final Throwable[] failed;
        private final CountDownLatch finished;

        Parts(byte[] data, int length, FastDeflate.Rows rows, Packer packer, int count, BitWriter[] writers) {
            this.data = data;
            this.rows = rows;
            this.packer = packer;
            this.allPacked = new CountDownLatch(packer == null ? 0 : count);
            this.adler = new long[count];
            this.length = length;
            this.count = count;
            this.writers = writers;
            this.failed = new Throwable[count];
            this.finished = new CountDownLatch(count);
        }

        /** Packs parts until none is left to take, waits until all are packed, then codes parts the same way. */
        void codeAll(FastDeflate.Tables tables) {
            if (packer != null) {
                for (int p = nextPack.getAndIncrement(); p < count; p = nextPack.getAndIncrement()) {
                    try {
                        // Row r belongs to the part its first byte falls in.
                        int first = (bound(p) + rows.rowLength() - 1) / rows.rowLength();
                        int end = (bound(p + 1) + rows.rowLength() - 1) / rows.rowLength();
                        if (!packer.pack(first, end)) {
                            refused = true;
                        }
                    } catch (RuntimeException | Error e) {
                        failed[p] = e;
                        refused = true;
                    } finally {
                        allPacked.countDown();
                    }
                }
                awaitUninterruptibly(allPacked);
                if (refused) {
                    drainCoding();
                    return;
                }
            }
            for (int p = next.getAndIncrement(); p < count; p = next.getAndIncrement()) {
                try {
                    int from = bound(p);
                    int to = bound(p + 1);
                    BitWriter w = writers[p];
                    w.reset();
                    FastDeflate.compress(data, from, to, rows, p == count - 1, w, tables);
                    w.alignToByte();
                    Adler32 a = new Adler32();
                    a.update(data, from, to - from);
                    adler[p] = a.getValue();
                } catch (RuntimeException | Error e) {
                    failed[p] = e;
                } finally {
                    finished.countDown();
                }
            }
        }

        /** Marks every part not yet taken as done, uncoded: a packer refused a row. */
        private void drainCoding() {
            for (int p = next.getAndIncrement(); p < count; p = next.getAndIncrement()) {
                finished.countDown();
            }
        }

        /** @return whether every row was written (call after {@link #codeAll} on the caller) */
        boolean packed() {
            return !refused;
        }

        /** Waits until no thread works on the parts any more, and rethrows a failure. */
        void awaitAll() {
            awaitUninterruptibly(finished);
            for (int p = 0; p < count; p++) {
                await(p);
            }
        }

        private static void awaitUninterruptibly(CountDownLatch latch) {
            boolean interrupted = false;
            while (true) {
                try {
                    latch.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;         // the parts finish quickly; keep the flag for the caller
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** @return part p's coded bytes (the caller's writer p), once every part is coded */
        BitWriter await(int p) {
            awaitUninterruptibly(finished);
            if (failed[p] instanceof RuntimeException e) {
                throw e;
            }
            if (failed[p] instanceof Error e) {
                throw e;
            }
            return writers[p];
        }

        int bound(int p) {
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
