package dev.ogrender.image;

import java.io.IOException;

/** Test images for other packages' tests. */
public final class ImageDecoderTestSupport {

    private ImageDecoderTestSupport() {
    }

    /**
     * @return a small PNG whose header claims width x height zero pixels
     * @throws IOException never
     */
    public static byte[] bomb(int width, int height) throws IOException {
        return ImageDecoderTest.png(width, height);
    }
}
