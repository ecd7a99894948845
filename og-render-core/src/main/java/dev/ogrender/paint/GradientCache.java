package dev.ogrender.paint;

import java.awt.Rectangle;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Finished pixels of opaque gradient fills, shared by all threads. A card's background gradient rarely
 * depends on the data bound into it, so every render of a template would rasterise the same 1200x630
 * gradient again (about 2 ms); copying the kept rows costs about a tenth of that.
 *
 * <p>Only opaque gradients are kept: every pixel of their area is overwritten, so the result does not
 * depend on what was drawn before. A fill is kept the second time it is seen, so a gradient that changes
 * with every render costs one small key, never a copy of its pixels. The cache is a
 * {@link ConcurrentHashMap} (no global lock; the kept arrays are never written after they are published)
 * and is bounded by emptying it when it would hold more than {@value #MAX_BYTES} bytes of pixels or
 * {@value #MAX_KEYS} keys. Thread races may let the byte count drift from the map's content until the
 * next emptying; the map stays bounded either way.
 */
final class GradientCache {

    /** About five full 1200x630 cards. */
    static final long MAX_BYTES = 16L << 20;
    private static final int MAX_KEYS = 256;
    /** The value of a key seen once: pixels are kept from the second sighting on. */
    private static final int[] SEEN = new int[0];
    private static final ConcurrentHashMap<Key, int[]> CACHE = new ConcurrentHashMap<>();
    private static final AtomicLong BYTES = new AtomicLong();

    private GradientCache() {
    }

    /**
     * Everything a gradient's pixels depend on: its geometry and stops, the device area and the dither.
     *
     * @param geometry the op's coordinates (end points, or centre, radii and stop range)
     */
    record Key(int kind, float[] geometry, float[] fractions, int[] colors, boolean repeating, int x, int y,
            int width, int height, boolean dither) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && kind == k.kind && repeating == k.repeating && dither == k.dither
                    && x == k.x && y == k.y && width == k.width && height == k.height
                    && Arrays.equals(geometry, k.geometry) && Arrays.equals(fractions, k.fractions)
                    && Arrays.equals(colors, k.colors);
        }

        @Override
        public int hashCode() {
            int h = ((kind * 31 + Arrays.hashCode(geometry)) * 31 + Arrays.hashCode(fractions)) * 31
                    + Arrays.hashCode(colors);
            return ((h * 31 + x) * 31 + y) * 31 + width * 7 + height + (repeating ? 2 : 0) + (dither ? 1 : 0);
        }
    }

    /** @return the key of a linear gradient filling {@code area}, or null if it is not opaque */
    static Key linear(PaintOp.FillLinearGradient op, Rectangle area, boolean dither) {
        return key(0, new float[] {op.x1(), op.y1(), op.x2(), op.y2()}, op.fractions(), op.colors(),
                op.repeating(), area, dither);
    }

    /** @return the key of a radial gradient filling {@code area}, or null if it is not opaque */
    static Key radial(PaintOp.FillRadialGradient op, Rectangle area, boolean dither) {
        return key(1, new float[] {op.cx(), op.cy(), op.rx(), op.ry(), op.t0(), op.t1()}, op.fractions(),
                op.colors(), op.repeating(), area, dither);
    }

    private static Key key(int kind, float[] geometry, float[] fractions, int[] colors, boolean repeating,
            Rectangle area, boolean dither) {
        for (int c : colors) {
            if (c >>> 24 != 0xFF) {
                return null;
            }
        }
        return new Key(kind, geometry, fractions, colors, repeating, area.x, area.y, area.width, area.height,
                dither);
    }

    /**
     * Fills the key's area of a pixel array whose (0, 0) is device (originX, originY): from the kept
     * pixels if there are any, else by running {@code raster}, keeping its result if the key was seen before.
     */
    static void fill(Key key, int[] pixels, int stride, int originX, int originY, Runnable raster) {
        int[] kept = CACHE.get(key);
        if (kept != null && kept != SEEN) {
            copy(kept, 0, key.width, pixels, index(key, stride, originX, originY), stride, key);
            return;
        }
        raster.run();
        if (kept == null) {
            remember(key, SEEN, 0);
        } else {
            int[] copy = new int[key.width * key.height];
            copy(pixels, index(key, stride, originX, originY), stride, copy, 0, key.width, key);
            remember(key, copy, 4L * copy.length);
        }
    }

    /** @return bytes of pixels held now (for tests) */
    static long bytes() {
        return BYTES.get();
    }

    private static void remember(Key key, int[] value, long bytes) {
        if (BYTES.get() + bytes > MAX_BYTES || CACHE.size() >= MAX_KEYS) {
            CACHE.clear();
            BYTES.set(0);
        }
        if (bytes > MAX_BYTES) {
            return;
        }
        int[] old = CACHE.put(key, value);
        if (old == null || old == SEEN) {
            BYTES.addAndGet(bytes);
        }
    }

    private static int index(Key key, int stride, int originX, int originY) {
        return (key.y - originY) * stride + key.x - originX;
    }

    private static void copy(int[] from, int fromIndex, int fromStride, int[] to, int toIndex, int toStride,
            Key key) {
        if (fromStride == key.width && toStride == key.width) {
            System.arraycopy(from, fromIndex, to, toIndex, key.width * key.height);
            return;
        }
        for (int j = 0; j < key.height; j++) {
            System.arraycopy(from, fromIndex + j * fromStride, to, toIndex + j * toStride, key.width);
        }
    }
}
