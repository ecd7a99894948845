package dev.ogrender.image;

import java.awt.image.BufferedImage;

/**
 * A decoded image: a raster (PNG, JPEG, GIF, WebP) or a vector (SVG) that is rasterised at the size it is
 * drawn. Immutable and thread-safe; shared between renders through {@link ImageStore}.
 */
public sealed interface DecodedImage permits RasterImage, SvgImage {

    /** @return the natural width in CSS px, or NaN when the image has none (an SVG without width) */
    float width();

    /** @return the natural height in CSS px, or NaN when the image has none */
    float height();

    /** @return the natural aspect ratio width / height, or NaN when it has none */
    float ratio();

    /**
     * @param width  the device width it will be drawn at, px (ignored by rasters)
     * @param height the device height it will be drawn at, px (ignored by rasters)
     * @return premultiplied ARGB pixels to draw
     */
    BufferedImage pixels(int width, int height);
}
