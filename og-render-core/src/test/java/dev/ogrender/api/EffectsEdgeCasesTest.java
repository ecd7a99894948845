package dev.ogrender.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Degenerate effect values render without errors: a blue box at (100, 100) 400x200 on white carries
 * the effect, and its middle pixel shows what the effect leaves there.
 */
class EffectsEdgeCasesTest {

    private static final OgRenderer RENDERER = OgRenderer.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "transform: scale(0)                                   | ffffff",
        "transform: scale(1e6)                                 | 0000ff",
        "transform: rotate(360deg)                             | 0000ff",
        "box-shadow: 0 0 2000px 500px red                      | 0000ff",
        "box-shadow: inset 0 0 0 1000px red                    | ff0000",
        "box-shadow: 0 0 10px -400px red                       | 0000ff",
        // Box sizes are capped (sigma ~136): a huge blur leaves the box at about half strength, where
        // Chromium spreads it to nothing (docs/unsupported.md).
        "filter: blur(5000px)                                  | 8585ff",
        "filter: blur(0)                                       | 0000ff",
        "filter: invert(1)                                     | ffff00",
        "text-shadow: 0 0 900px red                            | 0000ff",
        "background: radial-gradient(0px 0px, red, blue)       | 0000ff",
        "background: repeating-radial-gradient(red 5px, blue 5px) | 0000ff",
        "background: radial-gradient(closest-side at -50px -50px, red, blue) | 0000ff",
        "border: 0.3px dotted red                              | 0000ff",
        "border: 150px dashed red; border-radius: 50%          | ff0000",
        "opacity: 0.5; transform: rotate(30deg); filter: blur(2px) | 7f7fff",
    })
    void degenerateValuesRender(String css, String middle) {
        String html = "<html><body style='margin:0;background:#fff'><div style='position:absolute;left:100px;top:100px;"
            + "width:400px;height:200px;box-sizing:border-box;background:#00f;" + css + "'>x</div></body></html>";
        BufferedImage img = RENDERER.render(html, Map.of()).image();
        int rgb = img.getRGB(300, 200) & 0xFFFFFF;
        int want = Integer.parseInt(middle, 16);
        for (int shift = 0; shift <= 16; shift += 8) {
            assertEquals((want >> shift) & 0xFF, (rgb >> shift) & 0xFF, 3, css + ": " + Integer.toHexString(rgb));
        }
    }
}
