package dev.ogrender.paint;

/**
 * Gaussian blur of a premultiplied ARGB pixel array, separable. Small deviations use the exact kernel;
 * from sigma 2 up, three box blurs approximate it as Skia does (box sizes from the Filter Effects
 * spec's feGaussianBlur note), at a cost independent of the radius. Pixels outside are transparent.
 */
final class Blur {

    /** Below this, box blurs are visibly square; the exact kernel is cheap there. */
    private static final float BOX_SIGMA = 2f;

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
            int[] tmp = new int[px.length];
            float[] k = kernel(sigma);
            convolve(px, tmp, w, h, k, true);
            convolve(tmp, px, w, h, k, false);
            return;
        }
        int d = (int) Math.floor(sigma * 3 * Math.sqrt(2 * Math.PI) / 4 + 0.5);
        // Each pass spreads colour up to d / 2 + 1 pixels further out; a buffer padded by all three keeps
        // what later passes pull back in, so the result is the true zero-padded convolution at the edges.
        int pad = 3 * (d / 2 + 1);
        int pw = w + 2 * pad;
        int ph = h + 2 * pad;
        int[] work = new int[pw * ph];
        for (int y = 0; y < h; y++) {
            System.arraycopy(px, y * w, work, (y + pad) * pw + pad, w);
        }
        boxes(work, new int[work.length], pw, ph, d);
        for (int y = 0; y < h; y++) {
            System.arraycopy(work, (y + pad) * pw + pad, px, y * w, w);
        }
    }

    /** Three box passes along each axis, in place in {@code px}. */
    private static void boxes(int[] px, int[] tmp, int w, int h, int d) {
        for (int pass = 0; pass < 2; pass++) {
            boolean horizontal = pass == 0;
            int[] src = px;
            int[] dst = tmp;
            if (d % 2 == 1) {
                for (int i = 0; i < 3; i++) {
                    box(src, dst, w, h, d / 2, d / 2, horizontal);
                    int[] t = src;
                    src = dst;
                    dst = t;
                }
            } else {
                // Even size: two boxes of d, offset half a pixel either way, then one of d + 1 centred.
                box(src, dst, w, h, d / 2, d / 2 - 1, horizontal);
                box(dst, src, w, h, d / 2 - 1, d / 2, horizontal);
                box(src, dst, w, h, d / 2, d / 2, horizontal);
                src = dst;
            }
            if (src != px) {
                System.arraycopy(src, 0, px, 0, px.length);
            }
        }
    }

    /** One box pass: each output is the mean of the inputs from {@code lo} before to {@code hi} after it. */
    private static void box(int[] in, int[] out, int w, int h, int lo, int hi, boolean horizontal) {
        int n = horizontal ? w : h;
        int lines = horizontal ? h : w;
        int step = horizontal ? 1 : w;
        long inv = (1L << 32) / (lo + hi + 1);
        long half = 1L << 31;
        for (int line = 0; line < lines; line++) {
            int base = horizontal ? line * w : line;
            long sa = 0;
            long sr = 0;
            long sg = 0;
            long sb = 0;
            for (int i = 0; i <= Math.min(hi, n - 1); i++) {
                int c = in[base + i * step];
                sa += c >>> 24;
                sr += (c >> 16) & 0xFF;
                sg += (c >> 8) & 0xFF;
                sb += c & 0xFF;
            }
            for (int i = 0; i < n; i++) {
                out[base + i * step] = (int) ((sa * inv + half) >>> 32) << 24 | (int) ((sr * inv + half) >>> 32) << 16
                    | (int) ((sg * inv + half) >>> 32) << 8 | (int) ((sb * inv + half) >>> 32);
                int add = i + hi + 1;
                if (add < n) {
                    int c = in[base + add * step];
                    sa += c >>> 24;
                    sr += (c >> 16) & 0xFF;
                    sg += (c >> 8) & 0xFF;
                    sb += c & 0xFF;
                }
                int sub = i - lo;
                if (sub >= 0) {
                    int c = in[base + sub * step];
                    sa -= c >>> 24;
                    sr -= (c >> 16) & 0xFF;
                    sg -= (c >> 8) & 0xFF;
                    sb -= c & 0xFF;
                }
            }
        }
    }

    private static float[] kernel(float sigma) {
        int r = (int) Math.ceil(sigma * 3);
        float[] k = new float[2 * r + 1];
        float sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = (float) Math.exp(-(i * i) / (2.0 * sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        return k;
    }

    private static void convolve(int[] in, int[] out, int w, int h, float[] k, boolean horizontal) {
        int r = k.length / 2;
        int n = horizontal ? w : h;
        int lines = horizontal ? h : w;
        int step = horizontal ? 1 : w;
        for (int line = 0; line < lines; line++) {
            int base = horizontal ? line * w : line;
            for (int i = 0; i < n; i++) {
                float a = 0;
                float cr = 0;
                float cg = 0;
                float cb = 0;
                for (int j = Math.max(0, i - r); j <= Math.min(n - 1, i + r); j++) {
                    int c = in[base + j * step];
                    float kv = k[j - i + r];
                    a += (c >>> 24) * kv;
                    cr += ((c >> 16) & 0xFF) * kv;
                    cg += ((c >> 8) & 0xFF) * kv;
                    cb += (c & 0xFF) * kv;
                }
                out[base + i * step] = level(a) << 24 | level(cr) << 16 | level(cg) << 8 | level(cb);
            }
        }
    }

    private static int level(float v) {
        return Math.min(255, (int) (v + 0.5f));
    }
}
