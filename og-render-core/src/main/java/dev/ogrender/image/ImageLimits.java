package dev.ogrender.image;

/**
 * Caps applied before an image is decoded: its size in bytes, and its pixel count read from the header,
 * so a small file that claims a huge raster (a decompression bomb) is refused before any memory is taken.
 *
 * @param maxBytes  the largest encoded image, bytes
 * @param maxPixels the largest width x height
 * @param maxSide   the largest width or height, px
 */
public record ImageLimits(long maxBytes, long maxPixels, int maxSide) {

    /** 20 MB, 40 megapixels, 16384 px a side: larger than any sensible card asset. */
    public static final ImageLimits DEFAULT = new ImageLimits(20L << 20, 40_000_000L, 16_384);

    /**
     * @param what   the URL, for the message
     * @param width  px from the header
     * @param height px from the header
     * @throws dev.ogrender.internal.ResourceException if the size is over a limit
     */
    void check(String what, long width, long height) {
        if (width <= 0 || height <= 0) {
            throw new dev.ogrender.internal.ResourceException("image " + what + " has an empty size "
                + width + "x" + height);
        }
        if (width > maxSide || height > maxSide || width * height > maxPixels) {
            throw new dev.ogrender.internal.ResourceException("image " + what + " is " + width + "x" + height
                + " pixels, more than the limit of " + maxPixels + " pixels and " + maxSide
                + " px a side (refused before decoding)");
        }
    }
}
