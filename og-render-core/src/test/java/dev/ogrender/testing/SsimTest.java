package dev.ogrender.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SsimTest {

    /** Values printed by ssim.js 3.5 for the same files; see src/test/resources/ssim/README.md. */
    private static final double EXACT = 1e-12;

    @Test
    void downsampledOddSizedPairMatchesSsimJs() {
        BufferedImage chromium = read("title-chromium.png");
        BufferedImage takumi = read("title-takumi.png");

        assertEquals(0.9914451329305267, Ssim.mssim(chromium, takumi), EXACT);
        assertEquals(0.9848808587976976, Ssim.mssim(chromium, takumi, false), EXACT);
    }

    @Test
    void smallPairIsNotDownsampled() {
        BufferedImage chromium = read("footer-chromium.png");
        BufferedImage vercel = read("footer-vercel-og.png");

        assertEquals(0.9908936328180398, Ssim.mssim(chromium, vercel), EXACT);
        assertEquals(0.9908936328180398, Ssim.mssim(chromium, vercel, false), EXACT);
    }

    @Test
    void identicalImagesScoreOne() {
        BufferedImage image = read("title-chromium.png");

        assertEquals(1.0, Ssim.mssim(image, image), 0.0);
    }

    @Test
    void differentSizesAreRejected() {
        BufferedImage a = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        BufferedImage b = new BufferedImage(20, 21, BufferedImage.TYPE_INT_RGB);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ssim.mssim(a, b));
        assertEquals("image sizes differ: 20x20 vs 20x21", e.getMessage());
    }

    static BufferedImage read(String name) {
        try (InputStream in = SsimTest.class.getResourceAsStream("/ssim/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /ssim/" + name);
            }
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
