package dev.ogrender.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Lazy painting and reused canvases: what png() encodes is exactly what image() would show. */
class RenderResultTest {

    private static final OgRenderer RENDERER = OgRenderer.builder().size(300, 160).build();
    private static final Template OPAQUE = RENDERER.template("""
            <body style="margin:0;background:linear-gradient(135deg,#667eea,#764ba2);color:white;
                         font:700 40px Inter;padding:20px">{{title}}</body>""");
    /** No background anywhere: the canvas stays transparent around the text and the box. */
    private static final Template TRANSPARENT = RENDERER.template("""
            <body style="margin:0;color:#123;font:40px Inter">
              <div style="width:50px;height:50px;background:rgba(255,0,0,.5)"></div>{{title}}</body>""");

    @Test
    void pngOfEachRenderShowsItsOwnPixelsWhenCanvasesAreReused() throws IOException {
        for (int round = 0; round < 3; round++) {
            for (Template t : new Template[] {OPAQUE, TRANSPARENT}) {
                Map<String, String> data = Map.of("title", "Round " + round);
                BufferedImage fromPng = decode(t.render(data).png());
                BufferedImage painted = t.render(data).image();
                assertSamePixels(painted, fromPng);
            }
        }
    }

    @Test
    void imageIsPaintedOnceAndPngEncodesThatImage() throws IOException {
        RenderResult result = OPAQUE.render(Map.of("title", "Once"));
        BufferedImage image = result.image();
        assertSame(image, result.image());
        image.setRGB(0, 0, 0xff00ff00);             // the caller owns the image; png() encodes it as it is now
        assertEquals(0xff00ff00, decode(result.png()).getRGB(0, 0));
    }

    @Test
    void jpegOfAReusedCanvasIsTheRightSize() throws IOException {
        OPAQUE.render(Map.of("title", "a")).png();
        BufferedImage jpeg = decode(TRANSPARENT.render(Map.of("title", "b")).jpeg());
        assertEquals(300, jpeg.getWidth());
        assertEquals(160, jpeg.getHeight());
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int e = expected.getRGB(x, y);
                int a = actual.getRGB(x, y);
                if (e >>> 24 == 0 && a >>> 24 == 0) {
                    continue;                        // fully transparent: the colour is not kept
                }
                assertEquals(Integer.toHexString(e), Integer.toHexString(a), "pixel " + x + "," + y);
            }
        }
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }
}
