package dev.ogrender.image;

/** Writes LZ77 tokens as one dynamic-Huffman deflate block (RFC 1951 section 3.2.7). */
final class DeflateBlock {

    private static final int END_OF_BLOCK = 256;
    /** The order in which code-length code lengths are stored (RFC 1951 3.2.7). */
    private static final int[] CL_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    private static final int[] LENGTH_BASE = new int[29];
    private static final int[] LENGTH_EXTRA = new int[29];
    private static final int[] DIST_BASE = new int[30];
    private static final int[] DIST_EXTRA = new int[30];
    /** Length symbol (257-285) per match length 0-258. */
    private static final short[] LENGTH_SYMBOL = new short[259];
    /** Distance symbol per distance 1-256 at [d], and per (d - 1) >> 7 for longer ones at [256 + ...]. */
    private static final byte[] DIST_SYMBOL = new byte[512];

    static {
        int base = 3;
        for (int s = 0; s < 28; s++) {
            LENGTH_EXTRA[s] = s < 8 ? 0 : (s - 4) / 4;
            LENGTH_BASE[s] = base;
            for (int k = 0; k < (1 << LENGTH_EXTRA[s]); k++) {
                LENGTH_SYMBOL[base + k] = (short) (257 + s);
            }
            base += 1 << LENGTH_EXTRA[s];
        }
        LENGTH_BASE[28] = 258;
        LENGTH_SYMBOL[258] = 285;
        int d = 1;
        for (int s = 0; s < 30; s++) {
            DIST_EXTRA[s] = s < 4 ? 0 : (s - 2) / 2;
            DIST_BASE[s] = d;
            d += 1 << DIST_EXTRA[s];
        }
        // Filled symbol by symbol, not distance by distance: this runs in the interpreter in every new JVM,
        // and 32,768 searches of the base table cost a cold start's first PNG about 10 ms. A symbol of a
        // distance over 256 covers whole, aligned groups of 128 distances (7 or more extra bits).
        for (int s = 0; s < 30; s++) {
            int first = DIST_BASE[s];
            int last = first + (1 << DIST_EXTRA[s]) - 1;
            for (int dist = first; dist <= Math.min(last, 256); dist++) {
                DIST_SYMBOL[dist] = (byte) s;
            }
            for (int group = (first - 1) >> 7; group <= (last - 1) >> 7; group++) {
                DIST_SYMBOL[256 + group] = (byte) s;
            }
        }
    }

    private DeflateBlock() {
    }

    static int distanceSymbol(int distance) {
        return distance <= 256 ? DIST_SYMBOL[distance] : DIST_SYMBOL[256 + ((distance - 1) >> 7)];
    }

    /**
     * Writes the tokens as blocks of at most {@value #BLOCK_TOKENS} tokens, each with its own codes:
     * a card's flat areas, text and gradients have different statistics (zlib cuts blocks similarly).
     *
     * @param data  the bytes the tokens were found in (literal runs are read from there)
     * @param codes builds the blocks' Huffman codes (the encoding thread's own)
     */
    static void write(FastDeflate.Tokens t, byte[] data, boolean last, BitWriter out, HuffmanCode.Builder codes) {
        int pos = t.start;
        for (int from = 0; ; from += BLOCK_TOKENS) {
            int to = Math.min(t.size, from + BLOCK_TOKENS);
            pos = writeBlock(t.items, from, to, data, pos, last && to == t.size, out, codes);
            if (to == t.size) {
                return;
            }
        }
    }

    private static final int BLOCK_TOKENS = 16384;

    /** @return the data position after the block */
    private static int writeBlock(int[] items, int from, int to, byte[] data, int start, boolean last,
            BitWriter out, HuffmanCode.Builder codes) {
        long[] litLenFreq = new long[286];
        long[] distFreq = new long[30];
        long literals = countSymbols(items, from, to, data, start, litLenFreq, distFreq);
        litLenFreq[END_OF_BLOCK]++;
        HuffmanCode lit = codes.of(litLenFreq, 15);
        HuffmanCode dist = codes.of(distFreq, 15);
        out.write(last ? 1 : 0, 1);
        out.write(2, 2);                      // dynamic Huffman codes
        writeCodes(lit.lengths, dist.lengths, out, codes);
        // A literal takes at most 15 bits (2 bytes), a match 15 + 5 + 15 + 13 bits (6 bytes).
        long bound = literals * 2 + (long) (to - from + 1) * 6;
        if (bound > Integer.MAX_VALUE - 64) {
            throw new IllegalStateException("PNG output exceeds 2 GB");
        }
        out.reserve((int) bound);
        int end = writeTokens(items, from, to, data, start, lit, dist, out);
        out.write(lit.codes[END_OF_BLOCK], lit.lengths[END_OF_BLOCK]);
        return end;
    }

    // The two loops over a block's tokens are methods of their own, apart from the block's code building:
    // together in one method, C2 took 0.6-0.9 s to compile it, twice (on-stack replacement, then the
    // whole method), while a new JVM's first cards waited for their other compiles behind it.

    /**
     * Counts the symbols of the tokens {@code items[from, to)} into the two frequency tables.
     *
     * @return how many literal bytes the tokens hold
     */
    private static long countSymbols(int[] items, int from, int to, byte[] data, int start, long[] litLenFreq,
            long[] distFreq) {
        long literals = 0;
        int pos = start;
        for (int k = from; k < to; k++) {
            int item = items[k];
            if (item < 0) {
                for (int e = pos - item; pos < e; pos++) {
                    litLenFreq[data[pos] & 0xFF]++;
                }
                literals -= item;
            } else {
                litLenFreq[LENGTH_SYMBOL[item >>> 16]]++;
                distFreq[distanceSymbol(item & 0xFFFF)]++;
                pos += item >>> 16;
            }
        }
        return literals;
    }

    /**
     * Writes the tokens {@code items[from, to)} with the block's codes, into space already reserved.
     *
     * @return the data position after them
     */
    private static int writeTokens(int[] items, int from, int to, byte[] data, int start, HuffmanCode lit,
            HuffmanCode dist, BitWriter out) {
        int[] lc = lit.codes;
        int[] ll = lit.lengths;
        int[] dc = dist.codes;
        int[] dl = dist.lengths;
        int pos = start;
        for (int k = from; k < to; k++) {
            int item = items[k];
            if (item < 0) {
                for (int e = pos - item; pos < e; pos++) {
                    int b = data[pos] & 0xFF;
                    out.writeReserved(lc[b], ll[b]);
                }
                continue;
            }
            int length = item >>> 16;
            int distance = item & 0xFFFF;
            int ls = LENGTH_SYMBOL[length];
            int le = LENGTH_EXTRA[ls - 257];
            // The length code and its extra bits in one write (at most 20 bits), then the distance's (28).
            out.writeReserved(lc[ls] | (long) (length - LENGTH_BASE[ls - 257]) << ll[ls], ll[ls] + le);
            int ds = distanceSymbol(distance);
            out.writeReserved(dc[ds] | (long) (distance - DIST_BASE[ds]) << dl[ds], dl[ds] + DIST_EXTRA[ds]);
            pos += length;
        }
        return pos;
    }

    /** Writes HLIT, HDIST, HCLEN and both code length tables, without run-length codes (simpler, ~100 bytes more). */
    private static void writeCodes(int[] litLengths, int[] distLengths, BitWriter out, HuffmanCode.Builder codes) {
        int hlit = 286;
        while (hlit > 257 && litLengths[hlit - 1] == 0) {
            hlit--;
        }
        int hdist = 30;
        while (hdist > 1 && distLengths[hdist - 1] == 0) {
            hdist--;
        }
        long[] clFreq = new long[19];
        for (int s = 0; s < hlit; s++) {
            clFreq[litLengths[s]]++;
        }
        for (int s = 0; s < hdist; s++) {
            clFreq[distLengths[s]]++;
        }
        HuffmanCode cl = codes.of(clFreq, 7);
        int hclen = 19;
        while (hclen > 4 && cl.lengths[CL_ORDER[hclen - 1]] == 0) {
            hclen--;
        }
        out.write(hlit - 257, 5);
        out.write(hdist - 1, 5);
        out.write(hclen - 4, 4);
        for (int k = 0; k < hclen; k++) {
            out.write(cl.lengths[CL_ORDER[k]], 3);
        }
        for (int s = 0; s < hlit; s++) {
            out.write(cl.codes[litLengths[s]], cl.lengths[litLengths[s]]);
        }
        for (int s = 0; s < hdist; s++) {
            out.write(cl.codes[distLengths[s]], cl.lengths[distLengths[s]]);
        }
    }
}
