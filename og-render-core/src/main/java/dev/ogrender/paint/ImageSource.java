package dev.ogrender.paint;

import dev.ogrender.layout.ImageSizer;
import dev.ogrender.style.ImageRef;
import java.awt.image.BufferedImage;

/** Where paint gets image pixels: the renderer's image store, behind a seam so paint never loads files. */
public interface ImageSource extends ImageSizer {

    /** No images: nothing is drawn for them. */
    ImageSource NONE = new ImageSource() {
        @Override
        public NaturalSize natural(ImageRef ref) {
            return null;
        }

        @Override
        public BufferedImage pixels(ImageRef ref, int width, int height) {
            return null;
        }
    };

    /**
     * @param ref    the image
     * @param width  device px it will cover (vector images are rasterised at this size)
     * @param height device px
     * @return the pixels, or null when the image cannot be shown (already reported by {@link #natural})
     */
    BufferedImage pixels(ImageRef ref, int width, int height);
}
