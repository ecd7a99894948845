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

    /** Symbols are below 2^9 (deflate has 286 literal/length symbols); frequencies stay far below 2^54. */
    private static final int SYMBOL_BITS = 9;

    /**
     * The working arrays of building codes, kept for the next code: an encoding thread keeps one (in
     * {@link FastDeflate.Tables}). Allocated per code, they cost the reference card about 23 KB of garbage
     * (204 -> 181 KB per card with its PNG, by the thread's allocation counter). Not thread-safe.
     */
    static final class Builder {
        private long[] f = new long[0];
        private long[] sorted = new long[0];
        /** Weights of the joined nodes: node {@code n + k} weighs {@code joined[k]}. */
        private long[] joined = new long[0];
        /** Each node's parent, then (see {@link #treeLengths}) each joined node's depth. */
        private int[] parent = new int[0];

        /**
         * Builds a code from symbol frequencies. Every used symbol gets a code; at least two symbols always
         * get one (a one-symbol code is incomplete, which some inflaters reject).
         *
         * @param freq      frequency per symbol; not changed
         * @param maxLength the longest code allowed (15 for literals and distances, 7 for code lengths)
         */
        HuffmanCode of(long[] freq, int maxLength) {
            int n = freq.length;
            if (f.length < n) {
                f = new long[n];
                sorted = new long[n];
                joined = new long[n];
                parent = new int[2 * n];
            }
            System.arraycopy(freq, 0, f, 0, n);
            int used = 0;
            for (int s = 0; s < n; s++) {
                used += f[s] > 0 ? 1 : 0;
            }
            for (int s = 0; used < 2 && s < n; s++) {
                if (f[s] == 0) {
                    f[s] = 1;
                    used++;
                }
            }
            while (true) {
                int[] lengths = treeLengths(n);
                if (max(lengths) <= maxLength) {
                    return new HuffmanCode(lengths);
                }
                // Flatten the distribution and retry: few rounds are ever needed, and the loss is tiny.
                for (int s = 0; s < n; s++) {
                    if (f[s] > 0) {
                        f[s] = (f[s] >> 1) | 1;
                    }
                }
            }
        }

        /** Code lengths of {@code f[0, n)} from a Huffman tree built by always joining the two lightest nodes. */
        private int[] treeLengths(int n) {
            // Leaves sorted by weight, ties by symbol: frequency and symbol packed in one primitive long.
            int leaves = 0;
            for (int s = 0; s < n; s++) {
                if (f[s] > 0) {
                    sorted[leaves++] = f[s] << SYMBOL_BITS | s;
                }
            }
            Arrays.sort(sorted, 0, leaves);
            // Two-queue construction: leaves in weight order, joined nodes are created in weight order too.
            int leaf = 0;
            int joinedHead = n;
            int next = n;
            for (int k = 0; k < leaves - 1; k++) {
                int a = leaf < leaves && (joinedHead >= next || leafWeight(leaf) <= joined[joinedHead - n])
                        ? symbol(leaf++) : joinedHead++;
                int b = leaf < leaves && (joinedHead >= next || leafWeight(leaf) <= joined[joinedHead - n])
                        ? symbol(leaf++) : joinedHead++;
                joined[next - n] = weight(a, n) + weight(b, n);
                parent[a] = next;
                parent[b] = next;
                next++;
            }
            // Depths of the joined nodes, in place of their parents: a parent has a higher number, so going
            // down from the root each node's parent already holds its depth.
            parent[next - 1] = 0;
            for (int v = next - 2; v >= n; v--) {
                parent[v] = parent[parent[v]] + 1;
            }
            int[] lengths = new int[n];
            for (int i = 0; i < leaves; i++) {
                int s = symbol(i);
                lengths[s] = parent[parent[s]] + 1;
            }
            return lengths;
        }

        private int symbol(int leaf) {
            return (int) (sorted[leaf] & ((1 << SYMBOL_BITS) - 1));
        }

        private long leafWeight(int leaf) {
            return sorted[leaf] >>> SYMBOL_BITS;
        }

        private long weight(int node, int n) {
            return node < n ? f[node] : joined[node - n];
        }
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
