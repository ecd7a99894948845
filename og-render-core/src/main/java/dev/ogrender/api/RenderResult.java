package dev.ogrender.api;

import dev.ogrender.image.JpegEncoder;
import dev.ogrender.image.PngEncoder;
import dev.ogrender.image.PngOptions;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A rendered image and what og-render had to say about the template while drawing it.
 */
public final class RenderResult {

    private final BufferedImage image;
    private final List<RenderWarning> warnings;
    private final PngOptions png;

    RenderResult(BufferedImage image, List<RenderWarning> warnings, PngOptions png) {
        this.image = image;
        this.warnings = List.copyOf(warnings);
        this.png = png;
    }

    /** @return the pixels; the caller owns the image and may change it */
    public BufferedImage image() {
        return image;
    }

    /** @return the unsupported properties and values that were skipped, in document order */
    public List<RenderWarning> warnings() {
        return warnings;
    }

    /** @return the image as PNG bytes, with the renderer's PNG settings */
    public byte[] png() {
        return PngEncoder.encode(image, png);
    }

    /**
     * Encodes the image as JPEG.
     *
     * @param quality 0.0 (smallest) to 1.0 (best)
     * @return the JPEG bytes
     */
    public byte[] jpeg(float quality) {
        if (!(quality >= 0f && quality <= 1f)) {
            throw new IllegalArgumentException("JPEG quality must be 0.0-1.0, was " + quality);
        }
        return JpegEncoder.encode(image, quality);
    }

    /** @return the image as JPEG bytes at quality 0.9 */
    public byte[] jpeg() {
        return jpeg(0.9f);
    }
}
