package dev.ogrender.api;

import dev.ogrender.image.JpegEncoder;
import dev.ogrender.image.PngEncoder;
import dev.ogrender.image.PngOptions;
import dev.ogrender.paint.CanvasPool;
import dev.ogrender.paint.DisplayList;
import dev.ogrender.paint.Java2DDevice;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Function;

/**
 * A rendered image and what og-render had to say about the template while drawing it.
 *
 * <p>The layout is done when the result exists; the pixels are painted when first asked for. {@link #png()}
 * and {@link #jpeg()} paint into a canvas the library reuses for the next image, unless {@link #image()}
 * was called first (then they encode that image). Not meant for concurrent use, but safe under it.
 */
public final class RenderResult {

    private final DisplayList list;
    private final boolean dither;
    private final List<RenderWarning> warnings;
    private final PngOptions png;
    private BufferedImage image;

    RenderResult(DisplayList list, boolean dither, List<RenderWarning> warnings, PngOptions png) {
        this.list = list;
        this.dither = dither;
        this.warnings = List.copyOf(warnings);
        this.png = png;
    }

    /** @return the pixels, painted on the first call; the caller owns the image and may change it */
    public synchronized BufferedImage image() {
        if (image == null) {
            image = Java2DDevice.draw(list, dither);
        }
        return image;
    }

    /** @return the unsupported properties and values that were skipped, in document order */
    public List<RenderWarning> warnings() {
        return warnings;
    }

    /** @return the image as PNG bytes, with the renderer's PNG settings */
    public byte[] png() {
        return encoded(canvas -> PngEncoder.encode(canvas, png));
    }

    /** Paints into a pooled canvas (or uses the image already painted) and encodes it. */
    private byte[] encoded(Function<BufferedImage, byte[]> encoder) {
        BufferedImage painted;
        synchronized (this) {
            painted = image;
        }
        if (painted != null) {
            return encoder.apply(painted);
        }
        BufferedImage canvas = CanvasPool.take(list.width(), list.height());
        try {
            Java2DDevice.drawInto(list, dither, canvas);
            return encoder.apply(canvas);
        } finally {
            CanvasPool.give(canvas);
        }
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
        return encoded(canvas -> JpegEncoder.encode(canvas, quality));
    }

    /** @return the image as JPEG bytes at quality 0.9 */
    public byte[] jpeg() {
        return jpeg(0.9f);
    }
}
