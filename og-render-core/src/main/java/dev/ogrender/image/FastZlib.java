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
 * Wraps {@link FastDeflate} output in a zlib stream (RFC 1950), coded in bands of rows that idle cores
 * may take and that later images may reuse. The bands join as pigz joins its parts: each but the last
 * ends with an empty stored block on a byte boundary, and each may still refer back into the bytes
 * before it, so cutting costs only a little size (under 1% on the reference card).
 *
 * <p>The bands depend only on the data's length and row length, so the PNG bytes depend only on the
 * pixels, never on the machine, the load or what was coded before. Who codes them does depend on the
 * load: the caller and up to (cores - 1 - other encodes in progress) helper threads each take the next
 * band not yet taken. A lone request on a server gets every core; a batch that already keeps every core
 * busy codes each image on its own thread, with no hand-over cost. With reuse on, a band whose bytes
 * (and the 32 KB before them) equal a recent image's is not coded again but copied
 * ({@link CodedBandCache}): the same bits, since the coder's output is a function of those bytes.
 */
final class FastZlib {

    /** Bands are whole rows, about this many bytes each (36 rows of a 1200 px RGB card). */
    private static final int BAND_BYTES = 128 * 1024;
    /** At most this many bands; larger images get larger bands. */
    static final int MAX_BANDS = 64;
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
     * @param parallel whether idle cores may code bands of the data (the bytes are the same either way)
     */
    static BitWriter compress(byte[] data, int length, FastDeflate.Rows rows, boolean parallel, EncodeScratch scratch) {
        return compress(data, length, rows, null, null, parallel, scratch);
    }

    /**
     * As {@link #compress(byte[], int, FastDeflate.Rows, boolean, EncodeScratch)}, but the scanlines are
     * not written yet: each band first writes its own rows with {@code packer} (on whichever thread takes
     * it), and the coding starts once every row is written.
     *
     * @param pixels the image the packer reads, one int per pixel, if bands may be reused from earlier
     *               images ({@link CodedBandCache}); null to code every band. A reused band's rows are not
     *               packed, so the packer must write the same bytes for the same pixels
     * @return the stream, or null if the packer refused a row (the image is not what it was packed as)
     */
    static BitWriter compress(byte[] data, int length, FastDeflate.Rows rows, Packer packer, PixelRows pixels,
            boolean parallel, EncodeScratch scratch) {
        int others = ENCODING.getAndIncrement();
        try {
            int[] bounds = bands(length, rows);
            int helpers = parallel ? Math.max(0, Math.min(bounds.length - 2, CORES - 1 - others)) : 0;
            return compress(data, rows, packer, pixels, bounds, helpers, scratch);
        } finally {
            ENCODING.decrementAndGet();
        }
    }

    /**
     * Where the bands of a stream start: whole rows of about {@value #BAND_BYTES} bytes, at most
     * {@value #MAX_BANDS} bands.
     *
     * @return the band starts followed by {@code length}
     */
    static int[] bands(int length, FastDeflate.Rows rows) {
        long unit = rows.rowLength() <= length ? rows.rowLength() : 1;
        long target = Math.max(BAND_BYTES, (length + MAX_BANDS - 1L) / MAX_BANDS);
        long bandBytes = Math.max(1, (target + unit / 2) / unit) * unit;
        int count = (int) Math.max(1, (length + bandBytes - 1) / bandBytes);
        if (count > MAX_BANDS) {
            bandBytes = ((length + MAX_BANDS - 1L) / MAX_BANDS + unit - 1) / unit * unit;
            count = (int) ((length + bandBytes - 1) / bandBytes);
        }
        int[] bounds = new int[count + 1];
        for (int b = 0; b < count; b++) {
            bounds[b] = (int) (b * bandBytes);
        }
        bounds[count] = length;
        return bounds;
    }

    /** @return {@code parts} bands of about equal length (for tests: any cut must give a valid stream) */
    static int[] evenBands(int length, int parts) {
        int[] bounds = new int[parts + 1];
        for (int p = 0; p <= parts; p++) {
            bounds[p] = (int) ((long) length * p / parts);
        }
        return bounds;
    }

    /**
     * Codes the data in the bands {@code bounds} ({@code bounds[b]} to {@code bounds[b + 1]}), with up to
     * {@code helpers} helper threads beside the caller.
     */
    static BitWriter compress(byte[] data, FastDeflate.Rows rows, Packer packer, PixelRows pixels, int[] bounds,
            int helpers, EncodeScratch scratch) {
        int count = bounds.length - 1;
        if (count < 1 || count > MAX_BANDS) {
            throw new IllegalArgumentException("bands must be 1-" + MAX_BANDS + ", was " + count);
        }
        if (pixels != null && (packer == null || rows.rowLength() != pixels.width() * rows.bpp() + 1)) {
            throw new IllegalArgumentException("reused bands need a packer of rows of " + pixels.width() + " pixels");
        }
        Bands work = new Bands(data, bounds, rows, packer, pixels, scratch.bandWriters(count));
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
        for (int p = 0; p < count; p++) {
            BitWriter coded = work.await(p);
            CodedBandCache.Band reused = work.reused[p];
            if (reused != null) {
                out.writeBytes(reused.coded(), 0, reused.coded().length);
            } else {
                out.writeBytes(coded.buffer(), 0, coded.size());
            }
            adler = Adler.combine(adler, work.adler[p], bounds[p + 1] - bounds[p]);
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
     * The bands of one stream: taken one by one by whichever thread asks next, awaited in order. With a
     * packer, there are two rounds: every band's rows are written first (each row by exactly one thread),
     * and only then is any band coded, since a band matches into the rows before it.
     */
    private static final class Bands {
        private final byte[] data;
        private final int[] bounds;
        private final FastDeflate.Rows rows;
        /** The image's pixels when bands may be reused, else null. */
        private final PixelRows pixels;
        /** Per band: what the cache gave (then the band is neither packed nor coded), else null. */
        final CodedBandCache.Band[] reused;
        /** Per band not found in the cache: its key, to offer it once coded. */
        private final CodedBandCache.Key[] keys;
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

        Bands(byte[] data, int[] bounds, FastDeflate.Rows rows, Packer packer, PixelRows pixels, BitWriter[] writers) {
            int count = bounds.length - 1;
            this.data = data;
            this.bounds = bounds;
            this.pixels = pixels;
            this.reused = new CodedBandCache.Band[count];
            this.keys = new CodedBandCache.Key[count];
            this.rows = rows;
            this.packer = packer;
            this.allPacked = new CountDownLatch(packer == null ? 0 : count);
            this.adler = new long[count];
            this.count = count;
            this.writers = writers;
            this.failed = new Throwable[count];
            this.finished = new CountDownLatch(count);
        }

        /** Takes bands to find or pack until none is left, waits until all are done, then codes bands the same way. */
        void codeAll(FastDeflate.Tables tables) {
            if (packer != null) {
                for (int p = nextPack.getAndIncrement(); p < count; p = nextPack.getAndIncrement()) {
                    try {
                        if (!find(p) && !packer.pack(firstRow(p), firstRow(p + 1))) {
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
                    code(p, tables);
                } catch (RuntimeException | Error e) {
                    failed[p] = e;
                } finally {
                    finished.countDown();
                }
            }
        }

        /** Row r belongs to the band its first byte falls in. */
        private int firstRow(int p) {
            return (bound(p) + rows.rowLength() - 1) / rows.rowLength();
        }

        /** The first row of band p's window: the 32 KB before the band, which its matches may reach into. */
        private int windowRow(int p) {
            return Math.max(0, bound(p) - FastDeflate.WINDOW) / rows.rowLength();
        }

        /** @return whether band p's pixels (window rows included) are in the cache; notes its key if not */
        private boolean find(int p) {
            if (pixels == null) {
                return false;
            }
            int first = windowRow(p);
            int end = firstRow(p + 1);
            CodedBandCache.Key key = new CodedBandCache.Key(rows, bound(count), p,
                    CodedBandCache.fingerprint(pixels, first, end));
            CodedBandCache.Band band = CodedBandCache.find(key, pixels, first, end);
            if (band != null) {
                reused[p] = band;
                adler[p] = band.adler();
                return true;
            }
            keys[p] = key;
            return false;
        }

        /** Codes band p into writer p, unless it was found in the cache. */
        private void code(int p, FastDeflate.Tables tables) {
            if (reused[p] != null) {
                return;
            }
            int from = bound(p);
            int to = bound(p + 1);
            if (p > 0 && reused[p - 1] != null) {
                // The band before was not packed; this band matches into its last 32 KB (no other band
                // reads those rows).
                if (!packer.pack(windowRow(p), firstRow(p))) {
                    throw new IllegalStateException("rows equal to opaque rows were refused");
                }
            }
            BitWriter w = writers[p];
            w.reset();
            FastDeflate.compress(data, from, to, rows, p == count - 1, w, tables);
            w.alignToByte();
            Adler32 a = new Adler32();
            a.update(data, from, to - from);
            adler[p] = a.getValue();
            if (keys[p] != null) {
                // The signature covers what the band's bits depend on: its bytes and the window before it.
                a.reset();
                a.update(data, Math.max(0, from - FastDeflate.WINDOW), Math.min(from, FastDeflate.WINDOW));
                long signature = adler[p] << 32 | a.getValue();
                CodedBandCache.offer(keys[p], pixels, windowRow(p), firstRow(p + 1), w.buffer(), w.size(), adler[p],
                        signature);
            }
        }

        /** Marks every band not yet taken as done, uncoded: a packer refused a row. */
        private void drainCoding() {
            for (int p = next.getAndIncrement(); p < count; p = next.getAndIncrement()) {
                finished.countDown();
            }
        }

        /** @return whether every row was written (call after {@link #codeAll} on the caller) */
        boolean packed() {
            return !refused;
        }

        /** Waits until no thread works on the bands any more, and rethrows a failure. */
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
                    interrupted = true;         // the bands finish quickly; keep the flag for the caller
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** @return band p's coded bytes (the caller's writer p; empty for a reused band), once every band is done */
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
            return bounds[p];
        }
    }

    /**
     * The shared helper threads, created on first parallel use: at most one per core, daemons (they never
     * hold the JVM open), idle ones exit after 30 s. A task the pool cannot start at once is refused, and the
     * caller codes that band itself, so a flood of parallel encodes degrades to plain sequential ones,
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
