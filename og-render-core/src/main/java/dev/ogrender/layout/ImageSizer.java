package dev.ogrender.layout;

import dev.ogrender.style.ImageRef;

/**
 * The seam between layout and images, like {@link dev.ogrender.text.TextMeasurer} for text: layout
 * asks only for an image's natural size and never sees pixels or Java2D.
 */
@FunctionalInterface
public interface ImageSizer {

    /** For layouts without images: every image is unavailable. */
    ImageSizer NONE = ref -> null;

    /**
     * @param ref the image
     * @return its natural size, or null when it cannot be shown (the implementation reports why)
     */
    NaturalSize natural(ImageRef ref);

    /**
     * The natural dimensions of an image (CSS Images 3, 4.1); any of them may be missing (NaN).
     *
     * @param width  px or NaN
     * @param height px or NaN
     * @param ratio  width / height or NaN
     */
    record NaturalSize(float width, float height, float ratio) {
        /** What a broken image takes up: nothing. */
        public static final NaturalSize BROKEN = new NaturalSize(0, 0, Float.NaN);
    }
}
