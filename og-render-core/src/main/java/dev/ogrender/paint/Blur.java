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
    /** From this deviation up, blurs run at half resolution. */
    private static final float HALF_SIGMA = 8f;

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
        if (sigma >= HALF_SIGMA && w > 1 && h > 1) {
            halfResolution(px, w, h, sigma);
            return;
        }
        boxBlur(px, w, h, skiaBoxes(sigma));
    }

    /**
     * Wide blurs run at half resolution: 2x2 means down, the blur at half the deviation, then bilinear
     * back up. The extra spread of the resampling (about 0.5 px) is lost in a deviation of 8 or more,
     * and a quarter of the pixels is a quarter of the time.
     */
    private static void halfResolution(int[] px, int w, int h, float sigma) {
        int hw = (w + 1) / 2;
        int hh = (h + 1) / 2;
        int[] small = new int[hw * hh];
        for (int y = 0; y < hh; y++) {
            for (int x = 0; x < hw; x++) {
                int ag = 0;
                int rb = 0;
                for (int j = 2 * y; j < Math.min(h, 2 * y + 2); j++) {
                    for (int i = 2 * x; i < Math.min(w, 2 * x + 2); i++) {
                        int c = px[j * w + i];
                        ag += (c >>> 8) & LANES;
                        rb += c & LANES;
                    }
                }
                small[y * hw + x] = (((ag + 0x00020002) >>> 2) & LANES) << 8 | ((rb + 0x00020002) >>> 2) & LANES;
            }
        }
        // Match the variance of Skia's full-resolution boxes, less what the 2x2 mean and the 3:1 bilinear
        // weights add (1/4 + 3/16 px squared at full resolution), in half-resolution pixels.
        double target = (variance(skiaBoxes(sigma)) - 0.25 - 0.1875) / 4;
        boxBlur(small, hw, hh, boxesForVariance(Math.max(0, target)));
        for (int y = 0; y < h; y++) {
            // Full-resolution pixel centres fall a quarter of a half-resolution pixel from one: weights 3:1.
            int y0 = (y - 1) >> 1;
            int wy0 = (y & 1) == 0 ? 1 : 3;
            for (int x = 0; x < w; x++) {
                int x0 = (x - 1) >> 1;
                int wx0 = (x & 1) == 0 ? 1 : 3;
                int ag = 0;
                int rb = 0;
                for (int j = 0; j < 2; j++) {
                    int sy = y0 + j;
                    if (sy < 0 || sy >= hh) {
                        continue;
                    }
                    int wy = j == 0 ? wy0 : 4 - wy0;
                    for (int i = 0; i < 2; i++) {
                        int sx = x0 + i;
                        if (sx < 0 || sx >= hw) {
                            continue;
                        }
                        int c = small[sy * hw + sx];
                        int k = wy * (i == 0 ? wx0 : 4 - wx0);
                        ag += ((c >>> 8) & LANES) * k;
                        rb += (c & LANES) * k;
                    }
                }
                px[y * w + x] = (((ag + 0x00080008) >>> 4) & LANES) << 8 | ((rb + 0x00080008) >>> 4) & LANES;
            }
        }
    }

    /** @return Skia's three box passes for a deviation, as {lo, hi} reach pairs (Filter Effects' box size) */
    static int[][] skiaBoxes(float sigma) {
        int d = Math.min(MAX_BOX, (int) Math.floor(sigma * 3 * Math.sqrt(2 * Math.PI) / 4 + 0.5));
        if (d % 2 == 1) {
            return new int[][] {{d / 2, d / 2}, {d / 2, d / 2}, {d / 2, d / 2}};
        }
        // Even size: two boxes of d, offset half a pixel either way, then one of d + 1 centred.
        return new int[][] {{d / 2, d / 2 - 1}, {d / 2 - 1, d / 2}, {d / 2, d / 2}};
    }

    /** @return the variance, in px squared, of three box passes */
    private static double variance(int[][] passes) {
        double v = 0;
        for (int[] p : passes) {
            int size = p[0] + p[1] + 1;
            v += (size * (double) size - 1) / 12;
        }
        return v;
    }

    /**
     * @return three centred boxes of odd sizes whose variance is nearest {@code v} (sizes w and w + 2
     *         mixed, after Kovesi's "fast almost-Gaussian filtering")
     */
    static int[][] boxesForVariance(double v) {
        int lower = (int) Math.floor(Math.sqrt(12 * v / 3 + 1));
        if (lower % 2 == 0) {
            lower--;
        }
        lower = Math.max(1, Math.min(MAX_BOX - 2, lower));
        int m = (int) Math.round((12 * v - 3.0 * lower * lower - 12.0 * lower - 9) / (-4.0 * lower - 4));
        int[][] out = new int[3][];
        for (int i = 0; i < 3; i++) {
            int size = i < m ? lower : lower + 2;
            out[i] = new int[] {size / 2, size / 2};
        }
        return out;
    }

    private static void boxBlur(int[] px, int w, int h, int[][] passes) {
        // Each pass spreads colour up to its reach plus one; a buffer padded by all three keeps what later
        // passes pull back in, so the result is the true zero-padded convolution at the edges.
        int pad = 0;
        for (int[] p : passes) {
            pad += Math.max(p[0], p[1]) + 1;
        }
        int pw = w + 2 * pad;
        int ph = h + 2 * pad;
        int[] a = new int[pw * ph];
        int[] b = new int[a.length];
        for (int y = 0; y < h; y++) {
            System.arraycopy(px, y * w, a, (y + pad) * pw + pad, w);
        }
        boxes(a, b, pw, ph, passes);
        boxes(b, a, ph, pw, passes);
        for (int y = 0; y < h; y++) {
            System.arraycopy(a, (y + pad) * pw + pad, px, y * w, w);
        }
    }

    /** Three box passes along rows of {@code in} (w x h); the result lands transposed in {@code out}. */
    private static void boxes(int[] in, int[] out, int w, int h, int[][] passes) {
        box(in, out, w, h, passes[0][0], passes[0][1], false);
        box(out, in, w, h, passes[1][0], passes[1][1], false);
        box(in, out, w, h, passes[2][0], passes[2][1], true);
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
