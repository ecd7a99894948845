package dev.ogrender.image;

import java.util.Arrays;

/**
 * The pixels of an int-backed image, row by row: pixel (x, y) is {@code data[base + y * stride + x]}.
 * Read only; used to recognise rows seen before ({@link CodedBandCache}).
 */
record PixelRows(int[] data, int base, int stride, int width) {

    /** @return whether rows {@code [first, end)} equal {@code copy} (as made by {@link #copyRows}) */
    boolean equalsRows(int[] copy, int first, int end) {
        if (copy.length != (end - first) * width) {
            return false;
        }
        for (int y = first, k = 0; y < end; y++, k += width) {
            int from = base + y * stride;
            if (!Arrays.equals(data, from, from + width, copy, k, k + width)) {
                return false;
            }
        }
        return true;
    }

    /** @return rows {@code [first, end)}, one after the other */
    int[] copyRows(int first, int end) {
        int[] copy = new int[(end - first) * width];
        for (int y = first, k = 0; y < end; y++, k += width) {
            System.arraycopy(data, base + y * stride, copy, k, width);
        }
        return copy;
    }
}
