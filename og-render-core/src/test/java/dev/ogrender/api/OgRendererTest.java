package dev.ogrender.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class OgRendererTest {

    private static final OgRenderer RENDERER = OgRenderer.builder().build();

    static String exampleTemplate() throws Exception {
        return Files.readString(Path.of("../examples/blog-card.html"));
    }

    @Test
    void rendersTheExampleCardAt1200x630WithoutWarnings() throws Exception {
        RenderResult r = RENDERER.template(exampleTemplate())
                .render(Map.of("category", "Guide", "title", "Hello", "author", "Ada"));
        assertEquals(1200, r.image().getWidth());
        assertEquals(630, r.image().getHeight());
        assertEquals(java.util.List.of(), r.warnings());
    }

    @Test
    void oneTemplateRendersDifferentData() throws Exception {
        Template t = RENDERER.template(exampleTemplate());
        BufferedImage a = t.render(Map.of("category", "A", "title", "First title", "author", "Ada")).image();
        BufferedImage b = t.render(Map.of("category", "A", "title", "Second title", "author", "Ada")).image();
        assertTrue(differingPixels(a, b) > 1000, "titles should differ in pixels");
    }

    @Test
    void pngAndJpegDecodeToTheImage() throws Exception {
        RenderResult r = RENDERER.render("<div style='width:10px;height:10px;background:#f00'></div>", Map.of());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(r.png()));
        assertEquals(1200, png.getWidth());
        assertEquals(r.image().getRGB(12, 12), png.getRGB(12, 12));
        assertEquals(0xFFFF0000, png.getRGB(12, 12));
        BufferedImage jpeg = ImageIO.read(new ByteArrayInputStream(r.jpeg()));
        assertEquals(630, jpeg.getHeight());
    }

    @Test
    void missingDataKeyIsAnErrorWithLineAndColumn() {
        Template t = RENDERER.template("<html>\n<body>\n  <h1>{{titel}}</h1>");
        TemplateException e = assertThrows(TemplateException.class, () -> t.render(Map.of("title", "x")));
        assertEquals(3, e.line());
        assertEquals(7, e.column());
        assertTrue(e.getMessage().contains("\"titel\"") && e.getMessage().endsWith("at 3:7"), e.getMessage());
    }

    @Test
    void malformedTemplateIsAnErrorWhenCompiled() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> RENDERER.template("<p>{{#author}}by {{author}}</p>"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void unsupportedCssValueIsAWarningOrAStrictError() {
        String html = "<html><head><style>\nbody {\n  justify-content: spread;\n}\n</style></head><body></body></html>";
        RenderResult lenient = RENDERER.render(html, Map.of());
        assertEquals(1, lenient.warnings().size());
        RenderWarning w = lenient.warnings().get(0);
        assertTrue(w.message().startsWith("Invalid value \"spread\" for justify-content"), w.message());
        assertTrue(w.message().contains("space-between"), w.message());
        assertEquals(3, w.line());

        OgRenderer strict = OgRenderer.builder().strict(true).build();
        StyleException e = assertThrows(StyleException.class, () -> strict.render(html, Map.of()));
        assertEquals(3, e.line());
        assertFalse(e.getMessage().isEmpty());
    }

    @Test
    void builderRejectsNonsense() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OgRenderer.builder().size(0, 630));
        assertEquals("image size must be 1-8192 pixels each way, was 0x630", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OgRenderer.builder().pngCompressionLevel(10));
        assertThrows(RenderException.class,
                () -> OgRenderer.builder().addFont("Broken", 400, false, new byte[] {1, 2, 3}).build());
    }

    @Test
    void customSizeIsHonoured() {
        RenderResult r = OgRenderer.builder().size(600, 315).build().render("<p>x</p>", Map.of());
        assertEquals(600, r.image().getWidth());
        assertEquals(315, r.image().getHeight());
    }

    static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
