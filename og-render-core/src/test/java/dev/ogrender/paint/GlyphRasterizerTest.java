package dev.ogrender.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ogrender.api.OgRenderer;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text runs reuse their coverage buffers: a run drawn after a larger one must not see its leftovers. */
class GlyphRasterizerTest {

    private static final OgRenderer RENDERER = OgRenderer.builder().size(400, 200).build();
    /** A rotated run goes through Java2D (an image draw), a plain one straight into the canvas pixels. */
    private static final String SMALL = "<body style=\"margin:0;background:#123;color:white;font-size:20px\">"
            + "<p style=\"margin:20px\">Plain run</p>"
            + "<p style=\"margin:20px;transform:rotate(7deg);color:rgba(255,200,0,0.9)\">Rotated run</p></body>";
    private static final String LARGE = "<body style=\"margin:0;background:#123;color:white;font-size:90px;"
            + "line-height:1\">WWWW MMMM WWWW MMMM</body>";

    @Test
    void aRunDrawnAfterALargerOneIsTheSame() {
        BufferedImage before = RENDERER.render(SMALL, Map.of()).image();
        BufferedImage large = RENDERER.render(LARGE, Map.of()).image();
        assertTrue(lit(large) > 10_000, "the large card has a large run: " + lit(large));
        BufferedImage after = RENDERER.render(SMALL, Map.of()).image();
        assertTrue(lit(before) > 1_000, "the small card has text: " + lit(before));
        int differing = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                differing += before.getRGB(x, y) != after.getRGB(x, y) ? 1 : 0;
            }
        }
        assertEquals(0, differing, "pixels differing after a larger run");
    }

    /** @return how many pixels are not the background: text */
    private static int lit(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += image.getRGB(x, y) != 0xFF112233 ? 1 : 0;
            }
        }
        return n;
    }
}
