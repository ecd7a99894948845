package dev.ogrender.image;

import java.awt.image.BufferedImage;

/**
 * A decoded bitmap, converted once to premultiplied ARGB so drawing never converts again.
 *
 * @param image the pixels; never modified after decoding
 */
public record RasterImage(BufferedImage image) implements DecodedImage {

    @Override
    public float width() {
        return image.getWidth();
    }

    @Override
    public float height() {
        return image.getHeight();
    }

    @Override
    public float ratio() {
        return (float) image.getWidth() / image.getHeight();
    }

    @Override
    public BufferedImage pixels(int width, int height) {
        return image;
    }
}
