package dev.ogrender.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebFontsTest {

    private static final Path FONTS = Path.of("src/test/resources/fixtures/fonts/font-face");

    private static OgRenderer renderer(Path base, boolean strict) {
        return OgRenderer.builder().size(400, 100).baseDirectory(base).strict(strict).build();
    }

    private static String page(String src) {
        return "<style>\n@font-face { font-family: Brand; src: " + src + "; }\np { font: 40px Brand, sans-serif }"
            + "</style><p>Hamburgefonstiv</p>";
    }

    private static int differing(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void ttfAndWoffDrawTheSameGlyphsAndDifferFromInter() {
        OgRenderer r = renderer(FONTS, false);
        RenderResult ttf = r.render(page("url(LiberationSerif-Regular.ttf)"), Map.of());
        RenderResult woff = r.render(page("url(LiberationSerif-Regular.woff) format('woff')"), Map.of());
        RenderResult inter = r.render("<p style='font: 40px sans-serif'>Hamburgefonstiv</p>", Map.of());
        assertEquals(List.of(), ttf.warnings());
        assertEquals(List.of(), woff.warnings());
        assertEquals(0, differing(ttf.image(), woff.image()));
        assertNotEquals(0, differing(ttf.image(), inter.image()));
    }

    @Test
    void unreadableFontIsAWarningNamingFileAndRuleAndFallsBack(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("broken.ttf"), "this is not a font");
        RenderResult r = renderer(dir, false).render(page("url(broken.ttf)"), Map.of());
        assertEquals(List.of(new RenderWarning("Font \"broken.ttf\" for @font-face \"Brand\" not loaded: not a"
            + " TrueType, OpenType, WOFF or WOFF2 font", 2, 1)), r.warnings());
    }

    @Test
    void truncatedWoffIsAWarning(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        byte[] woff = Files.readAllBytes(FONTS.resolve("LiberationSerif-Regular.woff"));
        Files.write(dir.resolve("cut.woff"), java.util.Arrays.copyOf(woff, 200));
        RenderResult r = renderer(dir, false).render(page("url(cut.woff)"), Map.of());
        assertEquals("Font \"cut.woff\" for @font-face \"Brand\" not loaded: WOFF table 0 lies outside the file",
            r.warnings().get(0).message());
    }

    @Test
    void woff2DrawsTheSameGlyphsAsTheTtf() {
        OgRenderer r = renderer(FONTS, false);
        RenderResult ttf = r.render(page("url(LiberationSerif-Regular.ttf)"), Map.of());
        RenderResult woff2 = r.render(page("url(LiberationSerif-Regular.woff2) format('woff2')"), Map.of());
        assertEquals(List.of(), woff2.warnings());
        assertEquals(0, differing(ttf.image(), woff2.image()));
    }

    @Test
    void truncatedWoff2IsAWarning(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        byte[] woff2 = Files.readAllBytes(FONTS.resolve("LiberationSerif-Regular.woff2"));
        Files.write(dir.resolve("cut.woff2"), java.util.Arrays.copyOf(woff2, 5000));
        RenderResult r = renderer(dir, false).render(page("url(cut.woff2) format('woff2')"), Map.of());
        assertEquals("Font \"cut.woff2\" for @font-face \"Brand\" not loaded: WOFF2 font is larger than the limit"
            + " of 20971520 bytes or truncated", r.warnings().get(0).message());
    }

    @Test
    void networkFontIsNeverFetchedAndStrictModeFails() {
        RenderException e = assertThrows(RenderException.class,
            () -> renderer(FONTS, true).render(page("url(https://fonts.example/brand.woff2)"), Map.of()));
        assertEquals("Font \"https://fonts.example/brand.woff2\" for @font-face \"Brand\" not loaded: network URL"
            + " \"https://fonts.example/brand.woff2\" is not fetched: og-render never uses the network. Allowed:"
            + " data: URI, a path relative to the base directory, or classpath: at 2:1", e.getMessage());
    }

    @Test
    void fontFaceWithoutSrcIsAStyleWarning() {
        RenderResult r = renderer(FONTS, false).render("<style>\n@font-face { font-family: Brand }</style><p>x</p>",
            Map.of());
        assertEquals(List.of(new RenderWarning("@font-face needs font-family and a src with url() (rule ignored)", 2, 1)),
            r.warnings());
    }

    @Test
    void invalidWeightDescriptorIsAStyleWarning() {
        RenderResult r = renderer(FONTS, false).render("<style>\n@font-face { font-family: Brand;"
            + " src: url(LiberationSerif-Regular.ttf); font-weight: heavy }</style><p>x</p>", Map.of());
        assertEquals("Invalid value \"heavy\" for font-weight in @font-face (rule ignored)",
            r.warnings().get(0).message());
    }
}
