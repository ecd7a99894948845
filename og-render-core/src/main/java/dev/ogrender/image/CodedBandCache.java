package dev.ogrender.image;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The coded form of scanline bands that recur from image to image: a template's background, logo and
 * fixed labels come out the same on every card, and only the bands with the data's text change.
 *
 * <p>A band's deflate bits are a function of its own bytes and the 32 KB before them (the window its
 * matches may reach into, see {@link FastDeflate#compress}), and those bytes are a function of the pixels
 * of the band's rows and the rows the window starts in. So a band whose pixels, window rows included,
 * equal those of an earlier band at the same place in an image of the same shape codes to the same bits.
 * The cache keeps those bits with a copy of the pixels; a hit is confirmed by comparing every pixel,
 * never by a fingerprint alone, so the PNG bytes are exactly those the coder would write, whatever the
 * cache holds. A hit skips the band's packing, checksum and coding.
 *
 * <p>What is kept: a band is stored the second time it is seen (the first time only its key and a
 * checksum of its bytes are noted), so images that never repeat cost a fingerprint per band and no
 * copies, and two bands that share a fingerprint do not replace each other. Bounded by
 * {@link #MAX_BYTES} (a sixteenth of the maximum heap, 16 to 128 MB) and {@value #MAX_ENTRIES} bands:
 * when a new band would not fit, the bands not found since the last such sweep are dropped (a clock,
 * so a template's background bands, found on every card, stay), and if that frees too little, all.
 * Lock-free on the render path: thread races may code a band twice or let the byte count drift until
 * the next sweep, never give a wrong band.
 */
final class CodedBandCache {

    static final long MAX_BYTES = Math.max(16L << 20, Math.min(128L << 20, Runtime.getRuntime().maxMemory() / 16));
    private static final int MAX_ENTRIES = 1024;
    private static final int MAX_SEEN = 4096;
    /** Every this many pixels of a sampled row go into the fingerprint (a prime, so columns do not line up with glyph grids). */
    private static final int SAMPLE_STEP = 13;
    /** How far the sampled columns move from one row to the next (coprime to the step: all columns in 13 rows). */
    private static final int SAMPLE_SHIFT = 5;
    private static final ConcurrentHashMap<Key, Band> ENTRIES = new ConcurrentHashMap<>();
    /** Keys of bands seen once, with their signature (see {@link #offer}). */
    private static final ConcurrentHashMap<Key, Long> SEEN = new ConcurrentHashMap<>();
    private static final AtomicLong BYTES = new AtomicLong();
    /** Held by the one thread sweeping; others skip storing meanwhile. */
    private static final AtomicBoolean SWEEPING = new AtomicBoolean();

    private CodedBandCache() {
    }

    /**
     * Which band of which stream shape, and a fingerprint of its pixels: equal keys are candidates,
     * confirmed by comparing pixels.
     *
     * @param rows        the stream's row layout (row length and bytes per pixel)
     * @param length      the stream's length in bytes
     * @param band        the band's index (the bands follow from the length and row layout)
     * @param fingerprint a hash of a sample of the pixels ({@link #fingerprint})
     */
    record Key(FastDeflate.Rows rows, int length, int band, long fingerprint) {
    }

    /**
     * A band's coded bits (its deflate blocks, ending on a byte boundary) and the Adler-32 of its scanline
     * bytes, with the pixels they were made from: rows {@code [first, end)} of the image, one after the
     * other.
     */
    static final class Band {
        private final int[] pixels;
        private final byte[] coded;
        private final long adler;
        /** Whether the band was found since the last sweep (racy on purpose: a lost update costs one band). */
        private volatile boolean found;

        Band(int[] pixels, byte[] coded, long adler) {
            this.pixels = pixels;
            this.coded = coded;
            this.adler = adler;
        }

        byte[] coded() {
            return coded;
        }

        long adler() {
            return adler;
        }

        long bytes() {
            return 4L * pixels.length + coded.length;
        }
    }

    /**
     * @return a hash of every {@value #SAMPLE_STEP}th pixel of each row of {@code [first, end)}, starting
     *     at a column that moves by {@value #SAMPLE_SHIFT} from row to row, so that a glyph that differs in
     *     a few columns is sampled in some row
     */
    static long fingerprint(PixelRows image, int first, int end) {
        long h = 0x9E3779B97F4A7C15L * (end - first);
        int[] data = image.data();
        for (int y = first; y < end; y++) {
            int row = image.base() + y * image.stride();
            for (int i = row + y * SAMPLE_SHIFT % SAMPLE_STEP, e = row + image.width(); i < e; i += SAMPLE_STEP) {
                h = (h ^ data[i]) * 0x9E3779B97F4A7C15L;
            }
            h ^= h >>> 29;
        }
        return h;
    }

    /** @return the stored band with this key whose pixels equal rows {@code [first, end)}, or null */
    static Band find(Key key, PixelRows image, int first, int end) {
        Band band = ENTRIES.get(key);
        if (band != null && image.equalsRows(band.pixels, first, end)) {
            if (!band.found) {
                band.found = true;
            }
            return band;
        }
        return null;
    }

    /**
     * Notes a band just coded (not found by {@link #find}); stores it if the same key came before with
     * the same signature.
     *
     * @param coded     the band's bits, {@code coded[0, length)}
     * @param signature a checksum of the band's scanline bytes and its window's: equal pixels give equal
     *                  signatures, so a different band with the same sampled fingerprint is not stored in
     *                  place of the other (find compares every pixel; this only keeps twins from evicting
     *                  each other)
     */
    static void offer(Key key, PixelRows image, int first, int end, byte[] coded, int length, long adler,
            long signature) {
        Long before = SEEN.remove(key);
        if (before == null || before != signature) {
            if (SEEN.size() >= MAX_SEEN) {
                SEEN.clear();
            }
            SEEN.put(key, signature);
            return;
        }
        long bytes = 4L * image.width() * (end - first) + length;
        if (bytes > MAX_BYTES / 8) {
            return;
        }
        if (BYTES.get() + bytes > MAX_BYTES || ENTRIES.size() >= MAX_ENTRIES) {
            if (!SWEEPING.compareAndSet(false, true)) {
                return;
            }
            try {
                sweep(bytes);
            } finally {
                SWEEPING.set(false);
            }
        }
        Band band = new Band(image.copyRows(first, end), Arrays.copyOf(coded, length), adler);
        Band old = ENTRIES.put(key, band);
        BYTES.addAndGet(old == null ? bytes : bytes - old.bytes());
    }

    /** Drops the bands not found since the last sweep, or all if that leaves no room for {@code needed} bytes. */
    private static void sweep(long needed) {
        long kept = 0;
        for (var it = ENTRIES.values().iterator(); it.hasNext(); ) {
            Band band = it.next();
            if (band.found) {
                band.found = false;
                kept += band.bytes();
            } else {
                it.remove();
            }
        }
        if (kept + needed > MAX_BYTES || ENTRIES.size() >= MAX_ENTRIES) {
            ENTRIES.clear();
            kept = 0;
        }
        BYTES.set(kept);
    }

    /** @return about how many bytes are held (for tests and diagnostics) */
    static long bytesHeld() {
        return BYTES.get();
    }

    /** @return how many bands are held (for tests) */
    static int size() {
        return ENTRIES.size();
    }

    /** Forgets everything (for tests). */
    static void clear() {
        ENTRIES.clear();
        SEEN.clear();
        BYTES.set(0);
    }
}
