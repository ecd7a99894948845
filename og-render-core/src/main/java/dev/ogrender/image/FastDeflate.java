package dev.ogrender.image;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A single-pass deflate coder (RFC 1951) for PNG scanlines: on rendered cards faster than zlib's
 * level 1 and less than half its size (numbers in docs/benchmarks.md).
 *
 * <p>Why it is fast and small on cards: rendered images repeat themselves at a few fixed distances over
 * long runs (a diagonal gradient row is the row above shifted by a pixel; with Chromium's 8x8 ordered
 * dither, the rows 2, 4 and 8 above shifted by as many pixels). The matcher therefore tries the last
 * three match distances first, then the last four distances of long matches (the image's row structure,
 * kept apart so that short incidental matches around text cannot push it out), then a one-entry hash of
 * the next eight bytes for long repeats, then a short chain of 3-byte hashes for pixel-sized repeats
 * (text edges); after a miss it searches again from the next pixel start, and it skips ahead faster
 * through incompressible stretches, as LZ4 does. Huffman codes are
 * rebuilt every 16K tokens ({@link DeflateBlock}). Thread-safe: all state is per call or in the caller's
 * {@link Tables}.
 */
final class FastDeflate {

    static final int WINDOW = 32768;
    private static final int MIN_MATCH = 4;
    private static final int MAX_MATCH = 258;
    private static final int HASH_BITS = 15;
    /** After 2^SKIP_SHIFT positions without a match, the search steps over more bytes (LZ4's acceleration). */
    private static final int SKIP_SHIFT = 5;
    /** Pixel-sized repeats (3 bytes) are worth a match only when near: zlib's TOO_FAR rule. */
    private static final int SHORT_MIN = 3;
    private static final int SHORT_MASK = 0xFFFFFF;
    private static final int SHORT_MAX_DISTANCE = 4096;
    /** Below this length the short-repeat hash is searched as well. */
    private static final int SHORT_SEARCH_BELOW = 8;
    /** How many earlier positions with the same 3-byte hash are tried, newest first. */
    private static final int SHORT_CHAIN = 4;
    /** How many recent match distances are tried before the hash: rows repeat at a few fixed distances. */
    private static final int RECENT = 3;
    /**
     * How many distances of long matches are kept apart from the recent ones. Measured on the dithered
     * reference card: 48K tokens instead of 62K and a 24% smaller PNG, at the same speed.
     */
    private static final int STRUCTURAL = 4;
    /** Matches at least this long are the image's structure (a row repeating), not an incident. */
    private static final int STRUCTURAL_LENGTH = 64;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private FastDeflate() {
    }

    /**
     * Compresses {@code data[from, to)} as deflate blocks. Matches may reach back into
     * {@code data[from - 32768, from)}: the inflater has already produced those bytes when they belong to
     * the same stream.
     *
     * @param last whether this is the stream's final block; if not, the block is followed by an empty
     *             stored block so the output ends on a byte boundary and can be concatenated
     */
    static void compress(byte[] data, int from, int to, Rows rows, boolean last, BitWriter out, Tables tables) {
        DeflateBlock.write(match(data, from, to, rows, tables), data, last, out, tables.codes);
        if (!last) {
            out.write(0, 3);                 // BFINAL 0, BTYPE 00: an empty stored block (sync flush)
            out.alignToByte();
            out.writeBytes(new byte[] {0, 0, (byte) 0xFF, (byte) 0xFF}, 0, 4);
        }
    }

    /**
     * The matcher's hash tables and token buffer (about 0.5 MB), and the arrays Huffman codes are built
     * in; one set serves several calls in turn, so an encoding thread can keep one instead of allocating
     * it per image.
     *
     * <p>The tables are not cleared between calls (384 KB of stores, 7% of a batch's time with C1 only):
     * each call stores positions plus its own offset, above every value an earlier call stored, so an
     * earlier call's entries read as positions before 0 and are never candidates, as zeros would not be.
     */
    static final class Tables {
        final int[] head = new int[1 << HASH_BITS];
        final int[] shortHead = new int[1 << HASH_BITS];
        final int[] shortPrev = new int[WINDOW];
        final Tokens tokens = new Tokens(0);
        final HuffmanCode.Builder codes = new HuffmanCode.Builder();
        /** The offset the next call stores positions with. */
        private int next = 1;

        /**
         * Starts a call over data positions below {@code to}.
         *
         * @return the offset to add to positions stored in the tables (at least 1, so 0 is never a position)
         */
        int begin(int to) {
            if (next > Integer.MAX_VALUE - to - 1) {
                Arrays.fill(head, 0);
                Arrays.fill(shortHead, 0);
                Arrays.fill(shortPrev, 0);
                next = 1;
            }
            int offset = next;
            next += to + 1;
            return offset;
        }

        /** Sets the next offset (for tests of the point where offsets run out). */
        void startAt(int offset) {
            next = offset;
        }
    }

    /**
     * Finds matches and counts symbol frequencies; the tokens are the tables' own, valid until their next
     * use. One long method on
     * purpose: it is the encoder's hot loop, and splitting it into a state object with small methods
     * measured about 10% slower (match length and distance then live in fields, not registers).
     */
    static Tokens match(byte[] data, int from, int to, Rows rows, Tables tables) {
        Tokens t = tables.tokens;
        t.reset(from, to - from);
        int[] head = tables.head;
        int[] shortHead = tables.shortHead;
        int[] shortPrev = tables.shortPrev;
        int off = tables.begin(to);
        int lowest = Math.max(0, from - WINDOW);
        int i = from;
        int literalStart = from;
        if (from > lowest) {
            // A band that starts after other data may match into it: index that window first (without it
            // a card cut in four parts came out 10% larger).
            indexWindow(data, lowest, from, rows, head, off);
        }
        int[] recent = new int[RECENT];          // the last distinct match distances, newest first
        int[] structural = new int[STRUCTURAL];  // the last distinct distances of long matches
        int misses = 0;
        int end = to - MIN_MATCH;
        while (i <= end) {
            int limit = Math.min(MAX_MATCH, to - i);
            int len = 0;
            int dist = 0;
            // A candidate can only beat the best so far if it also matches the byte just past it: that one
            // byte rules out most candidates without a call (zlib's scan_end test; the output is the same).
            for (int r = 0; r < RECENT && len < limit; r++) {
                int d = recent[r];
                if (d > 0 && i - d >= lowest && data[i - d + len] == data[i + len]) {
                    int l = matchLength(data, i - d, i, limit);
                    if (l > len) {
                        len = l;
                        dist = d;
                    }
                }
            }
            for (int r = 0; r < STRUCTURAL && len < 32 && len < limit; r++) {
                int d = structural[r];
                if (d > 0 && i - d >= lowest && data[i - d + len] == data[i + len]) {
                    int l = matchLength(data, i - d, i, limit);
                    if (l > len) {
                        len = l;
                        dist = d;
                    }
                }
            }
            if (len < 16 && i + 8 <= to) {
                int h = hash((long) LONG.get(data, i));
                int candidate = head[h] - off;
                head[h] = i + off;
                if (candidate >= lowest && i - candidate <= WINDOW && len < limit
                        && data[candidate + len] == data[i + len]) {
                    int l = matchLength(data, candidate, i, limit);
                    if (l > len) {
                        len = l;
                        dist = i - candidate;
                    }
                }
            }
            if (len < SHORT_SEARCH_BELOW) {
                // Short repeats (anti-aliased text edges) share fewer than eight bytes: a 3-byte hash finds them.
                int h = hash3((int) INT.get(data, i) & SHORT_MASK);
                int candidate = shortHead[h] - off;
                shortPrev[i & (WINDOW - 1)] = shortHead[h];
                shortHead[h] = i + off;
                for (int k = 0; k < SHORT_CHAIN && candidate >= lowest && i - candidate <= WINDOW; k++) {
                    if (len < limit && data[candidate + len] == data[i + len]) {
                        int l = matchLength(data, candidate, i, limit);
                        if (l > len && (l > SHORT_MIN || i - candidate <= SHORT_MAX_DISTANCE)) {
                            len = l;
                            dist = i - candidate;
                        }
                    }
                    int older = shortPrev[candidate & (WINDOW - 1)] - off;
                    if (older >= candidate) {
                        break;                      // the ring slot was reused by a newer position
                    }
                    candidate = older;
                }
            }
            if (len >= MIN_MATCH || (len >= SHORT_MIN && dist <= SHORT_MAX_DISTANCE)) {
                t.literals(literalStart, i);
                t.match(len, dist);
                if (len >= 8) {
                    remember(recent, dist);             // short matches are incidental, not a row structure
                }
                if (len >= STRUCTURAL_LENGTH) {
                    remember(structural, dist);
                }
                if (len < 16) {
                    // Index the inside of short matches too: text edges repeat in small pieces.
                    for (int k = i + 1, e = Math.min(i + len, end); k < e; k++) {
                        int h = hash3((int) INT.get(data, k) & SHORT_MASK);
                        shortPrev[k & (WINDOW - 1)] = shortHead[h];
                        shortHead[h] = k + off;
                    }
                }
                i += len;
                literalStart = i;
                misses = 0;
                if (i + 7 <= to) {
                    head[hash((long) LONG.get(data, i - 1))] = i - 1 + off;
                }
            } else {
                // After a miss, search again only where the next pixel starts: image data repeats whole
                // pixels, so a match that starts inside one is rarely longer by more than a byte or two.
                // Measured on cards: 7-20% less time, 0-3.5% larger.
                i = rows.nextPixel(i) + (misses++ >> SKIP_SHIFT);
            }
        }
        t.literals(literalStart, to);
        return t;
    }

    /**
     * Stores in {@code head} the 8-byte strings of {@code data[lowest, from)} that start a row or a pixel,
     * the row nearest {@code from} first, so that where two rows hold the same string the older one
     * stays: a dithered gradient repeats itself some rows up, not in the row just above.
     *
     * <p>Every byte of the 32 KB window before each of a card's 18 or so bands, in order, was 16% of
     * its coding time. Pixel starts only, oldest kept: a third of the stores, for PNGs 0.8% larger over
     * the 20 fidelity cards (-0.2% to +3.9%; every byte with the oldest kept was +0.7%) and 0.4% over the
     * 1000 batch cards (the matcher also mostly searches at pixel starts).
     * Rows start at multiples of the row length, as {@link Rows#nextPixel} has them; {@link Rows#BYTES}
     * is one row of 1-byte pixels, so every byte is stored.
     */
    private static void indexWindow(byte[] data, int lowest, int from, Rows rows, int[] head, int off) {
        int last = from - 8;                       // the last position with 8 bytes before from
        if (last < lowest) {
            return;
        }
        int bpp = rows.bpp();
        int rowLength = rows.rowLength();
        for (int row = last - last % rowLength; row + (long) rowLength > lowest; row -= rowLength) {
            if (row >= lowest) {
                head[hash((long) LONG.get(data, row))] = row + off;     // its filter type byte
            }
            int pixel = row + 1;
            if (pixel < lowest) {
                pixel += (lowest - pixel + bpp - 1) / bpp * bpp;
            }
            for (int end = (int) Math.min(row + (long) rowLength - 1, last); pixel <= end; pixel += bpp) {
                head[hash((long) LONG.get(data, pixel))] = pixel + off;
            }
        }
    }

    /**
     * Where pixels start in the data: scanlines of {@code rowLength} bytes, each a filter type byte and
     * then pixels of {@code bpp} bytes. Data without such structure is one "row" of 1-byte pixels.
     */
    record Rows(int rowLength, int bpp) {

        /** Any data: every byte may start a match. */
        static final Rows BYTES = new Rows(Integer.MAX_VALUE, 1);

        /** @return the first position after {@code i} where a pixel (or a row's filter byte) starts */
        int nextPixel(int i) {
            if (bpp == 1) {
                return i + 1;
            }
            int r = i % rowLength;
            return r == 0 ? i + 1 : i + bpp - (r - 1) % bpp;
        }
    }

    /** Moves {@code dist} to the front of a list of distances, newest first. */
    private static void remember(int[] recent, int dist) {
        int k = 0;
        while (k < recent.length - 1 && recent[k] != dist) {
            k++;
        }
        System.arraycopy(recent, 0, recent, 1, k);
        recent[0] = dist;
    }

    private static int hash3(int threeBytes) {
        return (threeBytes * 0x9E3779B1) >>> (32 - HASH_BITS);
    }

    private static int hash(long eightBytes) {
        return (int) ((eightBytes * 0x9E3779B97F4A7C15L) >>> (64 - HASH_BITS));
    }

    /** @return how many bytes from {@code a} equal those from {@code b}, up to {@code limit} */
    private static int matchLength(byte[] data, int a, int b, int limit) {
        // Arrays.mismatch compares many bytes per step with both JIT compilers (measured on the card with
        // C1 only: 11% less time than reading 8 bytes at a time through a view handle; the same with C2).
        int m = Arrays.mismatch(data, a, a + limit, data, b, b + limit);
        return m < 0 ? limit : m;
    }

    /**
     * The LZ77 output of one block, in order from {@link #start}: runs of literal bytes (read back from
     * the data when written) and (length, distance) pairs.
     */
    static final class Tokens {
        /** {@code -n} for a run of n literal bytes, or {@code length << 16 | distance} for a match. */
        int[] items;
        int size;
        /** The data position of the first token. */
        int start;

        Tokens(int capacity) {
            items = new int[Math.max(1024, capacity / 64)];   // cards need about one token per 45 bytes
        }

        /** Empties the tokens for {@code capacity} bytes from {@code start}, keeping a large enough buffer. */
        void reset(int start, int capacity) {
            if (items.length < capacity / 64) {
                items = new int[capacity / 64];
            }
            this.start = start;
            size = 0;
        }

        /** Adds the bytes {@code [from, to)} as literals. */
        void literals(int from, int to) {
            if (to > from) {
                add(from - to);
            }
        }

        void match(int length, int distance) {
            add(length << 16 | distance);
        }

        private void add(int item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, items.length * 2);
            }
            items[size++] = item;
        }
    }
}
