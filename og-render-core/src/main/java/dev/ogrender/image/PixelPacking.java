package dev.ogrender.image;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Converts packed ARGB ints to PNG sample bytes. */
final class PixelPacking {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private PixelPacking() {
    }

    /**
     * Writes {@code width} pixels from {@code src[from...]} into {@code dst} as RGB (when {@code opaque})
     * or straight-alpha RGBA.
     *
     * @param premultiplied whether the source colour is premultiplied by its alpha
     */
    static void unpack(int[] src, int from, int width, byte[] dst, boolean opaque, boolean premultiplied) {
        unpack(src, from, width, dst, 0, opaque, premultiplied);
    }

    /** As {@link #unpack(int[], int, int, byte[], boolean, boolean)}, writing from {@code dst[at]}. */
    static void unpack(int[] src, int from, int width, byte[] dst, int at, boolean opaque, boolean premultiplied) {
        if (opaque) {
            toRgb(src, from, width, dst, at);
        } else if (premultiplied) {
            premultipliedToRgba(src, from, width, dst, at);
        } else {
            toRgba(src, from, width, dst, at);
        }
    }

    private static void toRgb(int[] src, int from, int width, byte[] dst, int at) {
        // One little-endian int store per pixel (r, g, b, 0); the zero is overwritten by the next pixel.
        int o = at;
        for (int i = 0; i < width - 1; i++, o += 3) {
            INT.set(dst, o, Integer.reverseBytes(src[from + i]) >>> 8);
        }
        if (width > 0) {
            int p = src[from + width - 1];
            dst[o] = (byte) (p >> 16);
            dst[o + 1] = (byte) (p >> 8);
            dst[o + 2] = (byte) p;
        }
    }

    /**
     * Writes {@code width} pixels as RGB, as {@code unpack} does for opaque pixels.
     *
     * @return the bitwise AND of all their alpha bytes: 0xff exactly when every pixel is opaque
     */
    static int toRgbWithAlpha(int[] src, int from, int width, byte[] dst, int at) {
        int all = -1;
        int o = at;
        for (int i = 0; i < width - 1; i++, o += 3) {
            int p = src[from + i];
            all &= p;
            INT.set(dst, o, Integer.reverseBytes(p) >>> 8);
        }
        if (width > 0) {
            int p = src[from + width - 1];
            all &= p;
            dst[o] = (byte) (p >> 16);
            dst[o + 1] = (byte) (p >> 8);
            dst[o + 2] = (byte) p;
        }
        return all >>> 24;
    }

    private static void toRgba(int[] src, int from, int width, byte[] dst, int at) {
        for (int i = 0, o = at; i < width; i++, o += 4) {
            int p = src[from + i];
            dst[o] = (byte) (p >> 16);
            dst[o + 1] = (byte) (p >> 8);
            dst[o + 2] = (byte) p;
            dst[o + 3] = (byte) (p >>> 24);
        }
    }

    private static void premultipliedToRgba(int[] src, int from, int width, byte[] dst, int at) {
        for (int i = 0, o = at; i < width; i++, o += 4) {
            int p = src[from + i];
            int a = p >>> 24;
            if (a == 0xff) {
                dst[o] = (byte) (p >> 16);
                dst[o + 1] = (byte) (p >> 8);
                dst[o + 2] = (byte) p;
            } else {
                dst[o] = unpremultiply((p >> 16) & 0xff, a);
                dst[o + 1] = unpremultiply((p >> 8) & 0xff, a);
                dst[o + 2] = unpremultiply(p & 0xff, a);
            }
            dst[o + 3] = (byte) a;
        }
    }

    /**
     * {@code round(c * 255 / a)}, halves up, clamped to 255 (premultiplied colour above its alpha is
     * invalid but possible); 0 when {@code a} is 0. In integers this equals the rounding of
     * {@code c * 255 / a + 0.5} exactly, so results do not depend on float precision.
     */
    static byte unpremultiply(int c, int a) {
        if (a == 0) {
            return 0;
        }
        return (byte) Math.min(255, (c * 255 + (a >> 1)) / a);
    }
}
