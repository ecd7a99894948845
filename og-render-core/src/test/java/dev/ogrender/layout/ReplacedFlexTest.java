package dev.ogrender.layout;

import static dev.ogrender.layout.Layouts.find;
import static dev.ogrender.layout.Layouts.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ogrender.internal.Diagnostics;
import dev.ogrender.style.StyleEngine;
import dev.ogrender.template.HtmlDocument;
import dev.ogrender.text.FontRegistry;
import dev.ogrender.text.TextMeasurer;
import org.junit.jupiter.api.Test;

/** Replaced elements (images with a natural size) inside flex layouts. */
class ReplacedFlexTest {

    private static final float EPS = 0.01f;

    /** Every image is 720x630, like a landscape photo taller than it is wide would not be. */
    private static final ImageSizer PHOTO = ref -> new ImageSizer.NaturalSize(720, 630, 720 / 630f);

    private static BoxFragment layout(String css, String body) {
        var doc = HtmlDocument.parse(page(css, body));
        var styled = StyleEngine.style(doc, new Diagnostics(false));
        return LayoutEngine.compute(styled, 1200, 630, TextMeasurer.of(FontRegistry.bundled()), PHOTO);
    }

    private static final String COLUMNS = "body{display:flex;width:1200px;height:630px}"
            + ".text{width:640px}.photo{flex:1;padding:28px 28px 28px 0}";

    @Test
    void percentWidthImageDoesNotHoldItsColumnOpen() {
        BoxFragment r = layout(COLUMNS + ".photo img{width:100%;height:100%;display:block}",
                "<div class=text></div><div class=photo><img src=a.jpg></div>");
        // the photo's min-content contribution is 0 (Sizing 3, 5.2.2), so nothing shrinks the text column
        assertEquals(640, find(r, "text").width(), EPS);
        assertEquals(560, find(r, "photo").width(), EPS);
        assertEquals(532, find(r, "img").width(), EPS);
        assertEquals(574, find(r, "img").height(), EPS);
    }

    @Test
    void percentMaxWidthImageIsCompressibleToo() {
        BoxFragment r = layout(COLUMNS + ".photo img{max-width:100%;display:block}",
                "<div class=text></div><div class=photo><img src=a.jpg></div>");
        assertEquals(640, find(r, "text").width(), EPS);
        assertEquals(532, find(r, "img").width(), EPS);
    }

    @Test
    void autoWidthImageStillHoldsItsColumnOpen() {
        // without a percentage the image is not compressible: the column's minimum is its natural width
        BoxFragment r = layout(COLUMNS + ".photo img{display:block}",
                "<div class=text></div><div class=photo><img src=a.jpg></div>");
        assertEquals(748, find(r, "photo").width(), EPS);
        assertEquals(452, find(r, "text").width(), EPS);
    }
}
