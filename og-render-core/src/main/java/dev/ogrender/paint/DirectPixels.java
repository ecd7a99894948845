package dev.ogrender.paint;

import java.awt.Rectangle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Writes straight into the int pixels of a TYPE_INT_ARGB_PRE surface where Graphics2D would write the
 * same values: whole-pixel rectangles in an opaque colour, and premultiplied pixels composited source
 * over with Java2D's own arithmetic (its {@code mul8table}). Pixels stay bit for bit those Graphics2D
 * draws, without its per-call cost of wrapping a source image, validating pipes and blending pixels
 * that add nothing.
 *
 * @param pixels  the surface's pixels
 * @param stride  pixels per row
 * @param originX device x of pixel (0, 0)
 * @param originY device y of pixel (0, 0)
 * @param visible device pixels that may be written: the surface seen through the current clip
 */
record DirectPixels(int[] pixels, int stride, int originX, int originY, Rectangle visible) {

    private static final VarHandle EIGHT = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    /** @return the index of device pixel (x, y) */
    int index(int x, int y) {
        return (y - originY) * stride + x - originX;
    }

    /** Fills the visible part of {@code area} (device pixels) with an opaque ARGB colour. */
    void fillOpaque(Rectangle area, int argb) {
        Rectangle r = area.intersection(visible);
        for (int y = r.y; y < r.y + r.height; y++) {
            int i = index(r.x, y);
            Arrays.fill(pixels, i, i + r.width, argb);
        }
    }

    /**
     * Blends an ARGB colour over the visible pixels at the mask's coverage, as Java2D's anti-aliased
     * source-over fill of IntArgbPre does.
     *
     * @param x device x of the mask's first column
     * @param y device y of the mask's first row
     */
    void fillMask(ShapeMasks.Mask mask, int x, int y, int argb) {
        int sa = argb >>> 24;
        int sr = (argb >> 16) & 0xFF;
        int sg = (argb >> 8) & 0xFF;
        int sb = argb & 0xFF;
        if (sa != 0xFF) {
            sr = mul8(sa, sr);
            sg = mul8(sa, sg);
            sb = mul8(sa, sb);
        }
        int full = sa << 24 | sr << 16 | sg << 8 | sb;
        Rectangle r = new Rectangle(x, y, mask.width(), mask.height()).intersection(visible);
        byte[] coverage = mask.coverage();
        int[] runs = mask.runs();
        for (int row = r.y; row < r.y + r.height; row++) {
            int c = (row - y) * mask.width() - x;
            int p = index(0, row);
            for (int k = mask.rows()[row - y]; k < mask.rows()[row - y + 1]; k += 2) {
                int from = Math.max(r.x, x + (runs[k] >> 1));
                int to = Math.min(r.x + r.width, x + runs[k + 1]);
                if ((runs[k] & 1) != 0 && sa == 0xFF) {
                    Arrays.fill(pixels, p + Math.min(from, to), p + to, full);
                    continue;
                }
                for (int col = from; col < to; col++) {
                    int path = coverage[c + col] & 0xFF;
                    pixels[p + col] = path == 0xFF ? srcOver(sa, sr, sg, sb, pixels[p + col])
                            : srcOver(mul8(path, sa), mul8(path, sr), mul8(path, sg), mul8(path, sb),
                                    pixels[p + col]);
                }
            }
        }
    }

    /** @return eight coverage bytes from {@code index} as one long, to test for all 0 or all 255 at once */
    static long eight(byte[] coverage, int index) {
        return (long) EIGHT.get(coverage, index);
    }

    private static int srcOver(int a, int r, int g, int b, int dst) {
        return srcOver(a << 24 | r << 16 | g << 8 | b, dst);
    }

    /**
     * Java2D's {@code MUL8} table, a * b / 255 rounded (the same as (a * b + 127) / 255 for all bytes),
     * computed as the table is built: a multiply and a shift instead of a division.
     */
    static int mul8(int a, int b) {
        return (a * 0x010101 * b + 0x800000) >>> 24;
    }

    /**
     * @return premultiplied {@code src} over {@code dst}, as Java2D's IntArgbPre to IntArgbPre source-over
     *         blit computes it
     */
    static int srcOver(int src, int dst) {
        int sa = src >>> 24;
        if (sa == 0xFF) {
            return src;
        }
        // Two channels per multiply; (v + 1 + (v >> 8)) >> 8 is v / 255 for these sums, so each lane is
        // mul8(f, channel) exactly. A premultiplied source leaves room for the sum in every channel.
        int f = 0xFF - sa;
        int rb = (dst & 0xFF00FF) * f + 0x7F007F;
        rb = ((rb + ((rb >>> 8) & 0xFF00FF) + 0x010001) >>> 8) & 0xFF00FF;
        int ag = ((dst >>> 8) & 0xFF00FF) * f + 0x7F007F;
        ag = (ag + ((ag >>> 8) & 0xFF00FF) + 0x010001) & 0xFF00FF00;
        return src + rb + ag;
    }
}
