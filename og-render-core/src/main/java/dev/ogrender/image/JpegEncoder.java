package dev.ogrender.image;

import java.awt.image.BufferedImage;

/** Encodes images as JPEG. (Skeleton signature: see the encoder work.) */
public final class JpegEncoder {

    private JpegEncoder() {
    }

    /**
     * @param image   any BufferedImage
     * @param quality 0.0-1.0
     * @return JPEG bytes
     */
    public static byte[] encode(BufferedImage image, float quality) {
        throw new UnsupportedOperationException("not written yet");
    }
}
