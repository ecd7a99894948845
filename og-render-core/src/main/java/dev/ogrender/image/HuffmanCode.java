package dev.ogrender.image;

import java.util.Arrays;

/**
 * Length-limited canonical Huffman codes for deflate (RFC 1951 section 3.2.2), with the codes already
 * bit-reversed for a least-significant-bit-first writer.
 */
final class HuffmanCode {

    final int[] lengths;
    final int[] codes;

    private HuffmanCode(int[] lengths) {
        this.lengths = lengths;
        this.codes = canonical(lengths);
    }

    /**
     * Builds a code from symbol frequencies. Every used symbol gets a code; at least two symbols always
     * get one (a one-symbol code is incomplete, which some inflaters reject).
     *
     * @param freq      frequency per symbol; not changed
     * @param maxLength the longest code allowed (15 for literals and distances, 7 for code lengths)
     */
    static HuffmanCode of(long[] freq, int maxLength) {
        long[] f = freq.clone();
        int used = 0;
        for (long v : f) {
            used += v > 0 ? 1 : 0;
        }
        for (int s = 0; used < 2 && s < f.length; s++) {
            if (f[s] == 0) {
                f[s] = 1;
                used++;
            }
        }
        while (true) {
            int[] lengths = treeLengths(f);
            if (max(lengths) <= maxLength) {
                return new HuffmanCode(lengths);
            }
            // Flatten the distribution and retry: few rounds are ever needed, and the loss is tiny.
            for (int s = 0; s < f.length; s++) {
                if (f[s] > 0) {
                    f[s] = (f[s] >> 1) | 1;
                }
            }
        }
    }

    /** Symbols are below 2^9 (deflate has 286 literal/length symbols); frequencies stay far below 2^54. */
    private static final int SYMBOL_BITS = 9;

    /** Code lengths from a Huffman tree built by always joining the two lightest nodes. */
    private static int[] treeLengths(long[] freq) {
        int n = freq.length;
        long[] weight = new long[2 * n];
        int[] parent = new int[2 * n];
        // Leaves sorted by weight, ties by symbol: frequency and symbol packed in one primitive long.
        long[] sorted = new long[n];
        int leaves = 0;
        for (int s = 0; s < n; s++) {
            if (freq[s] > 0) {
                sorted[leaves++] = freq[s] << SYMBOL_BITS | s;
            }
        }
        Arrays.sort(sorted, 0, leaves);
        // Two-queue construction: leaves in weight order, joined nodes are created in weight order too.
        int[] node = new int[leaves];
        for (int i = 0; i < leaves; i++) {
            int s = (int) (sorted[i] & ((1 << SYMBOL_BITS) - 1));
            node[i] = s;
            weight[s] = freq[s];
        }
        int leaf = 0;
        int joinedHead = n;
        int next = n;
        for (int k = 0; k < leaves - 1; k++) {
            int a = leaf < leaves && (joinedHead >= next || weight[node[leaf]] <= weight[joinedHead])
                    ? node[leaf++] : joinedHead++;
            int b = leaf < leaves && (joinedHead >= next || weight[node[leaf]] <= weight[joinedHead])
                    ? node[leaf++] : joinedHead++;
            weight[next] = weight[a] + weight[b];
            parent[a] = next;
            parent[b] = next;
            next++;
        }
        int[] depth = new int[2 * n];
        int[] lengths = new int[n];
        for (int v = next - 2; v >= n; v--) {
            depth[v] = depth[parent[v]] + 1;
        }
        for (int i = 0; i < leaves; i++) {
            int s = node[i];
            lengths[s] = depth[parent[s]] + 1;
        }
        return lengths;
    }

    private static int max(int[] a) {
        int m = 0;
        for (int v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** RFC 1951 3.2.2: codes of one length are consecutive, shorter codes come first. */
    private static int[] canonical(int[] lengths) {
        int[] count = new int[16];
        for (int len : lengths) {
            count[len]++;
        }
        count[0] = 0;
        int[] nextCode = new int[16];
        for (int bits = 1, code = 0; bits < 16; bits++) {
            code = (code + count[bits - 1]) << 1;
            nextCode[bits] = code;
        }
        int[] codes = new int[lengths.length];
        for (int s = 0; s < lengths.length; s++) {
            int len = lengths[s];
            if (len > 0) {
                codes[s] = Integer.reverse(nextCode[len]++) >>> (32 - len);
            }
        }
        return codes;
    }
}
