package dev.ogrender.paint;

/**
 * Gaussian blur of a premultiplied ARGB pixel array, separable. Small deviations use the exact kernel;
 * from sigma 2 up, three box blurs approximate it as Skia does (box sizes from the Filter Effects
 * spec's feGaussianBlur note), at a cost independent of the radius. Pixels outside are transparent.
 *
 * <p>Every pass reads rows; the last pass along an axis writes its result transposed, so the other
 * axis is read as rows too (column walks miss the cache on wide layers). Channels are summed two at a
 * time in 16-bit lanes of an int.
 */
final class Blur {

    /** Below this, box blurs are visibly square; the exact kernel is cheap there. */
    private static final float BOX_SIGMA = 2f;
    /** Lane sums must stay under 2^16: 255 * 257 does. Larger boxes (sigma over ~136) are capped. */
    private static final int MAX_BOX = 257;
    private static final int LANES = 0x00FF00FF;

    private Blur() {
    }

    /**
     * Blurs in place.
     *
     * @param px    TYPE_INT_ARGB_PRE pixels, row-major, no padding
     * @param w     width
     * @param h     height
     * @param sigma the standard deviation in pixels
     */
    static void blur(int[] px, int w, int h, float sigma) {
        if (sigma <= 0.2f || w == 0 || h == 0) {
            return;
        }
        if (sigma < BOX_SIGMA) {
            int[] k = kernel(sigma);
            int[] tmp = new int[px.length];
            gauss(px, tmp, w, h, k);
            gauss(tmp, px, h, w, k);
            return;
        }
        int d = Math.min(MAX_BOX, (int) Math.floor(sigma * 3 * Math.sqrt(2 * Math.PI) / 4 + 0.5));
        // Each pass spreads colour up to d / 2 + 1 pixels further out; a buffer padded by all three keeps
        // what later passes pull back in, so the result is the true zero-padded convolution at the edges.
        int pad = 3 * (d / 2 + 1);
        int pw = w + 2 * pad;
        int ph = h + 2 * pad;
        int[] a = new int[pw * ph];
        int[] b = new int[a.length];
        for (int y = 0; y < h; y++) {
            System.arraycopy(px, y * w, a, (y + pad) * pw + pad, w);
        }
        boxes(a, b, pw, ph, d);
        boxes(b, a, ph, pw, d);
        for (int y = 0; y < h; y++) {
            System.arraycopy(a, (y + pad) * pw + pad, px, y * w, w);
        }
    }

    /** Three box passes along rows of {@code in} (w x h); the result lands transposed in {@code out}. */
    private static void boxes(int[] in, int[] out, int w, int h, int d) {
        if (d % 2 == 1) {
            box(in, out, w, h, d / 2, d / 2, false);
            box(out, in, w, h, d / 2, d / 2, false);
        } else {
            // Even size: two boxes of d, offset half a pixel either way, then one of d + 1 centred.
            box(in, out, w, h, d / 2, d / 2 - 1, false);
            box(out, in, w, h, d / 2 - 1, d / 2, false);
        }
        box(in, out, w, h, d / 2, d / 2, true);
    }

    /** One box pass along rows: each output is the mean of the inputs from {@code lo} before to {@code hi} after it. */
    private static void box(int[] in, int[] out, int w, int h, int lo, int hi, boolean transpose) {
        long inv = (1L << 32) / (lo + hi + 1);
        long half = 1L << 31;
        for (int y = 0; y < h; y++) {
            int base = y * w;
            int ag = 0;
            int rb = 0;
            for (int i = 0; i <= Math.min(hi, w - 1); i++) {
                int c = in[base + i];
                ag += (c >>> 8) & LANES;
                rb += c & LANES;
            }
            for (int x = 0; x < w; x++) {
                int v = 0;
                if ((ag | rb) != 0) {
                    v = (int) (((ag >>> 16) * inv + half) >>> 32) << 24 | (int) (((rb >>> 16) * inv + half) >>> 32) << 16
                        | (int) (((ag & 0xFFFF) * inv + half) >>> 32) << 8 | (int) (((rb & 0xFFFF) * inv + half) >>> 32);
                }
                out[transpose ? x * h + y : base + x] = v;
                if (x + hi + 1 < w) {
                    int c = in[base + x + hi + 1];
                    ag += (c >>> 8) & LANES;
                    rb += c & LANES;
                }
                if (x - lo >= 0) {
                    int c = in[base + x - lo];
                    ag -= (c >>> 8) & LANES;
                    rb -= c & LANES;
                }
            }
        }
    }

    /** @return the Gaussian kernel in 16-bit fixed point, summing to 65536 */
    private static int[] kernel(float sigma) {
        int r = (int) Math.ceil(sigma * 3);
        double[] k = new double[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = Math.exp(-(i * i) / (2.0 * sigma * sigma));
            sum += k[i + r];
        }
        int[] fixed = new int[k.length];
        int total = 0;
        for (int i = 0; i < k.length; i++) {
            fixed[i] = (int) Math.round(k[i] / sum * 65536);
            total += fixed[i];
        }
        fixed[r] += 65536 - total;
        return fixed;
    }

    /** One exact Gaussian pass along rows of {@code in} (w x h), written transposed into {@code out}. */
    private static void gauss(int[] in, int[] out, int w, int h, int[] k) {
        int r = k.length / 2;
        for (int y = 0; y < h; y++) {
            int base = y * w;
            for (int x = 0; x < w; x++) {
                long ag = 0;
                long rb = 0;
                for (int j = Math.max(0, x - r); j <= Math.min(w - 1, x + r); j++) {
                    int c = in[base + j];
                    if (c != 0) {
                        long kv = k[j - x + r];
                        ag += (((long) (c >>> 24) << 32) | ((c >>> 8) & 0xFF)) * kv;
                        rb += (((long) ((c >> 16) & 0xFF) << 32) | (c & 0xFF)) * kv;
                    }
                }
                out[x * h + y] = lanes(ag) << 8 | lanes(rb);
            }
        }
    }

    /**
     * @param sum two channel sums in 32-bit lanes of a long, each 16.16 fixed point (weights sum to 1.0,
     *            so a lane never exceeds 255 << 16 and cannot spill into the other)
     * @return the two channels rounded, 16 bits apart
     */
    private static int lanes(long sum) {
        int hi = (int) Math.min(255, ((sum >>> 32) + 32768) >>> 16);
        int lo = (int) Math.min(255, ((sum & 0xFFFFFFFFL) + 32768) >>> 16);
        return hi << 16 | lo;
    }
}
