package dev.ogrender.paint;

import dev.ogrender.internal.SmallPool;
import java.awt.image.BufferedImage;

/**
 * Canvases (TYPE_INT_ARGB_PRE images) that are painted, encoded and then used again, for renders whose
 * pixels never leave the library (a PNG or JPEG is all the caller gets). A 1200x630 canvas is 3 MB: at
 * a few hundred images a second, allocating one per image is most of the garbage, and with G1 each is a
 * "humongous" allocation (larger than half a heap region), the expensive kind.
 *
 * <p>A {@link SmallPool} of as many canvases as cores: taking and returning is one compare-and-set. When
 * no pooled canvas has the size, a new one is made; when every slot is full, a returned canvas is dropped.
 */
public final class CanvasPool {

    private static final SmallPool<BufferedImage> POOL =
            new SmallPool<>(Math.max(2, Runtime.getRuntime().availableProcessors()));

    private CanvasPool() {
    }

    /**
     * @return a canvas of the size with stale pixels (drawing with {@link Java2DDevice#drawInto} replaces
     *     them all); give it back with {@link #give} once nothing reads it any more
     */
    public static BufferedImage take(int width, int height) {
        BufferedImage c = POOL.take(t -> t.getWidth() == width && t.getHeight() == height);
        return c != null ? c : new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
    }

    /** Returns a canvas taken with {@link #take}; the caller must not use it afterwards. */
    public static void give(BufferedImage canvas) {
        POOL.give(canvas);
    }
}
