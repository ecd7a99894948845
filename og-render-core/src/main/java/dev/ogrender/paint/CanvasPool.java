package dev.ogrender.paint;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Canvases (TYPE_INT_ARGB_PRE images) that are painted, encoded and then used again, for renders whose
 * pixels never leave the library (a PNG or JPEG is all the caller gets). A 1200x630 canvas is 3 MB: at
 * a few hundred images a second, allocating one per image is most of the garbage, and with G1 each is a
 * "humongous" allocation (larger than half a heap region), the expensive kind.
 *
 * <p>A small lock-free pool, as many canvases as cores: taking and returning is one compare-and-set.
 * When every canvas is taken, or the size differs, a new one is made; a returned canvas of another size
 * replaces nothing and is dropped.
 */
public final class CanvasPool {

    private static final AtomicReferenceArray<BufferedImage> POOL =
            new AtomicReferenceArray<>(Math.max(2, Runtime.getRuntime().availableProcessors()));

    private CanvasPool() {
    }

    /**
     * @return a canvas of the size with stale pixels (drawing with {@link Java2DDevice#drawInto} replaces
     *     them all); give it back with {@link #give} once nothing reads it any more
     */
    public static BufferedImage take(int width, int height) {
        for (int i = 0, n = POOL.length(); i < n; i++) {
            BufferedImage c = POOL.get(i);
            if (c != null && c.getWidth() == width && c.getHeight() == height && POOL.compareAndSet(i, c, null)) {
                return c;
            }
        }
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
    }

    /** Returns a canvas taken with {@link #take}; the caller must not use it afterwards. */
    public static void give(BufferedImage canvas) {
        for (int i = 0, n = POOL.length(); i < n; i++) {
            if (POOL.get(i) == null && POOL.compareAndSet(i, null, canvas)) {
                return;
            }
        }
    }
}
