package dev.ogrender.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The speed options of the builder: PNG coder choices and gradient dither. */
class RenderOptionsTest {

    private static final String GRADIENT = "<body style=\"margin:0;width:1200px;height:630px;"
            + "background:linear-gradient(90deg,#000000,#0000ff)\"><p style=\"color:white\">Hi</p></body>";

    @Test
    void everyPngChoiceDecodesToTheRenderedImage() throws Exception {
        OgRenderer[] renderers = {OgRenderer.builder().build(), OgRenderer.builder().pngParallel(true).build(),
            OgRenderer.builder().pngPalette(true).build(), OgRenderer.builder().pngCompressionLevel(6).build()};
        for (OgRenderer renderer : renderers) {
            RenderResult r = renderer.render(GRADIENT, Map.of());
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(r.png()));
            assertEquals(0, OgRendererTest.differingPixels(r.image(), decoded));
        }
    }

    @Test
    void withoutDitherAHorizontalGradientNeverStepsBack() {
        BufferedImage plain = OgRenderer.builder().gradientDither(false).build().render(GRADIENT, Map.of()).image();
        BufferedImage dithered = OgRenderer.builder().build().render(GRADIENT, Map.of()).image();
        int y = 600;
        assertTrue(stepsBack(plain, y) == 0, "undithered blue should rise monotonically");
        assertTrue(stepsBack(dithered, y) > 100, "dithered blue should wobble by a level");
    }

    private static int stepsBack(BufferedImage image, int y) {
        int back = 0;
        for (int x = 1; x < image.getWidth(); x++) {
            if ((image.getRGB(x, y) & 0xFF) < (image.getRGB(x - 1, y) & 0xFF)) {
                back++;
            }
        }
        return back;
    }
}
