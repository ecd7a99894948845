package dev.ogrender.image;

import java.util.concurrent.ConcurrentHashMap;
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
 * <p>What is kept: a band is stored the second time it is seen (the first time only its fingerprint is
 * noted), so images that never repeat cost a fingerprint per band and no copies. Bounded by emptying it
 * when it would hold more than {@value #MAX_BYTES} bytes or {@value #MAX_ENTRIES} bands. Lock-free:
 * thread races may code a band twice or let the byte count drift from the map until the next emptying,
 * never give a wrong band.
 */
final class CodedBandCache {

    static final long MAX_BYTES = 32L << 20;
    private static final int MAX_ENTRIES = 1024;
    private static final int MAX_SEEN = 4096;
    /** Every this many pixels of a sampled row go into the fingerprint (a prime, so columns do not line up with glyph grids). */
    private static final int SAMPLE_STEP = 13;
    private static final ConcurrentHashMap<Key, Band> ENTRIES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Key, Boolean> SEEN = new ConcurrentHashMap<>();
    private static final AtomicLong BYTES = new AtomicLong();

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
     * A band's coded bits and the Adler-32 of its scanline bytes, with the pixels they were made from.
     *
     * @param pixels rows {@code [first, end)} of the image, {@code width} ints each
     * @param coded  the band's deflate blocks, ending on a byte boundary
     * @param adler  the Adler-32 of the band's scanline bytes
     */
    record Band(int[] pixels, byte[] coded, long adler) {
    }

    /** @return a hash of every {@value #SAMPLE_STEP}th pixel of every other row of {@code [first, end)} */
    static long fingerprint(PixelRows image, int first, int end) {
        long h = 0x9E3779B97F4A7C15L * (end - first);
        int[] data = image.data();
        for (int y = first; y < end; y += 2) {
            for (int i = image.base() + y * image.stride(), e = i + image.width(); i < e; i += SAMPLE_STEP) {
                h = (h ^ data[i]) * 0x9E3779B97F4A7C15L;
            }
            h ^= h >>> 29;
        }
        return h;
    }

    /** @return the stored band with this key whose pixels equal rows {@code [first, end)}, or null */
    static Band find(Key key, PixelRows image, int first, int end) {
        Band band = ENTRIES.get(key);
        return band != null && image.equalsRows(band.pixels, first, end) ? band : null;
    }

    /**
     * Notes a band just coded (not found by {@link #find}); stores it if its key was seen before.
     *
     * @param coded the band's bits, {@code coded[0, length)}
     */
    static void offer(Key key, PixelRows image, int first, int end, byte[] coded, int length, long adler) {
        if (SEEN.remove(key) == null) {
            if (SEEN.size() >= MAX_SEEN) {
                SEEN.clear();
            }
            SEEN.put(key, Boolean.TRUE);
            return;
        }
        long bytes = 4L * image.width() * (end - first) + length;
        if (bytes > MAX_BYTES / 8) {
            return;
        }
        if (BYTES.get() + bytes > MAX_BYTES || ENTRIES.size() >= MAX_ENTRIES) {
            ENTRIES.clear();
            BYTES.set(0);
        }
        Band band = new Band(image.copyRows(first, end), java.util.Arrays.copyOf(coded, length), adler);
        if (ENTRIES.put(key, band) == null) {
            BYTES.addAndGet(bytes);
        }
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
