package dev.ogrender.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageResourcesTest {

    @TempDir
    Path dir;

    private OgRenderer renderer(boolean strict) {
        return OgRenderer.builder().size(200, 100).baseDirectory(dir).strict(strict).build();
    }

    private static byte[] redPng(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, 0xFF0000);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void imgIsDrawnAtItsNaturalSize() throws Exception {
        Files.write(dir.resolve("red.png"), redPng(40, 20));
        RenderResult r = renderer(false).render("<body style='margin:0'><img src='red.png'></body>", Map.of());
        assertEquals(List.of(), r.warnings());
        assertEquals(0xFFFF0000, r.image().getRGB(20, 10));
        assertEquals(0xFFFFFFFF, r.image().getRGB(45, 10));
        assertEquals(0xFFFFFFFF, r.image().getRGB(20, 25));
    }

    @Test
    void networkImageIsAWarningAtItsPosition() {
        RenderResult r = renderer(false).render("<body>\n  <img src=\"https://example.com/a.png\"></body>", Map.of());
        assertEquals(List.of(new RenderWarning("Image \"https://example.com/a.png\" not shown: network URL"
            + " \"https://example.com/a.png\" is not fetched: og-render never uses the network. Allowed: data: URI,"
            + " a path relative to the base directory, or classpath:", 2, 13)), r.warnings());
    }

    @Test
    void backgroundUrlOutsideTheBaseDirectoryIsAWarningAtTheDeclaration() {
        RenderResult r = renderer(false).render("<style>\ndiv { height: 10px;\n  background: url(../secret.png) }</style>"
            + "<div></div>", Map.of());
        assertEquals(List.of(new RenderWarning("Image \"../secret.png\" not shown: path \"../secret.png\" is outside"
            + " the base directory; only files inside it are read", 3, 3)), r.warnings());
    }

    @Test
    void strictModeMakesAMissingImageAnError() {
        RenderException e = assertThrows(RenderException.class,
            () -> renderer(true).render("<img src=\"missing.png\">", Map.of()));
        assertEquals("Image \"missing.png\" not shown: file \"missing.png\" not found in the base directory at 1:11",
            e.getMessage());
    }

    @Test
    void maliciousInlineSvgIsRefusedWithItsLine() {
        RenderResult r = renderer(false).render("<body>\n<svg width=\"10\" height=\"10\">\n<script>alert(1)</script>\n"
            + "</svg></body>", Map.of());
        assertEquals(List.of(new RenderWarning("Image inline <svg> not shown: SVG inline <svg> line 2: <script> is not"
            + " allowed in SVG images (scripts never run)", 2, 1)), r.warnings());
    }

    @Test
    void decompressionBombInATemplateIsRefused() throws Exception {
        Files.write(dir.resolve("bomb.png"), dev.ogrender.image.ImageDecoderTestSupport.bomb(30_000, 30_000));
        RenderResult r = renderer(false).render("<img src=\"bomb.png\">", Map.of());
        assertEquals("Image \"bomb.png\" not shown: image \"bomb.png\" is 30000x30000 pixels, more than the limit of"
            + " 40000000 pixels and 16384 px a side (refused before decoding)", r.warnings().get(0).message());
    }

    @Test
    void decodedImagesAreReusedAcrossRenders() throws Exception {
        Files.write(dir.resolve("red.png"), redPng(4, 4));
        OgRenderer renderer = renderer(false);
        Template t = renderer.template("<img src='red.png'>");
        BufferedImage first = t.render(Map.of()).image();
        Files.write(dir.resolve("red.png"), new byte[] {1, 2, 3});
        BufferedImage second = t.render(Map.of()).image();
        assertEquals(first.getRGB(10, 10), second.getRGB(10, 10), "the second render uses the cached decode");
    }

    @Test
    void concurrentRendersShareTheStoreAndAgree() throws Exception {
        Files.write(dir.resolve("red.png"), redPng(30, 30));
        Template t = renderer(false).template("<body style='margin:0'><div style='width:90px;height:60px;"
            + "background:url(red.png) 10px 5px / 20px no-repeat'></div><img src='red.png' width=50></body>");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<BufferedImage>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> t.render(Map.of()).image()));
            }
            BufferedImage first = results.get(0).get();
            assertEquals(0xFFFF0000, first.getRGB(15, 10));
            assertEquals(0xFFFFFFFF, first.getRGB(35, 10));
            for (java.util.concurrent.Future<BufferedImage> f : results) {
                BufferedImage img = f.get();
                for (int y = 0; y < 100; y += 3) {
                    for (int x = 0; x < 200; x += 3) {
                        assertEquals(first.getRGB(x, y), img.getRGB(x, y));
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void classpathImagesNeedNoBaseDirectory() {
        OgRenderer r = OgRenderer.builder().size(200, 100).build();
        RenderResult result = r.render("<body style='margin:0'><div style='width:40px;height:40px;"
            + "background:url(classpath:fixtures/images/background/tile.png)'></div></body>", Map.of());
        assertEquals(List.of(), result.warnings());
        assertEquals(0xFFFDE047, result.image().getRGB(5, 5));
        assertEquals(0xFFE11D48, result.image().getRGB(30, 5));
    }
}
