package dev.ogrender.image;

import java.awt.image.BufferedImage;

/** Encodes images as PNG. (Skeleton signature: see the PNG encoder work.) */
public final class PngEncoder {

    private PngEncoder() {
    }

    /**
     * @param image any BufferedImage
     * @param level deflate level 1-9
     * @return PNG bytes
     */
    public static byte[] encode(BufferedImage image, int level) {
        throw new UnsupportedOperationException("not written yet");
    }
}
