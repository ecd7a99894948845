package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ogrender.style.Keywords.Display;
import dev.ogrender.style.Keywords.WhiteSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserAgentDefaultsTest {

    private static ComputedStyle tag(String html) {
        return Styles.of(html).id("t");
    }

    @Test
    void headings() {
        ComputedStyle h1 = tag("<h1 id=t>x</h1>");
        assertEquals(32f, h1.fontSize);
        assertEquals(700, h1.fontWeight);
        assertEquals(21.44f, h1.margin[0].value(), 1e-4);
        assertEquals(21.44f, h1.margin[2].value(), 1e-4);
        assertEquals(Length.ZERO, h1.margin[1]);
        assertEquals(Display.BLOCK, h1.display);
        assertEquals(24f, tag("<h2 id=t>").fontSize);
        assertEquals(19.92f, tag("<h2 id=t>").margin[0].value(), 1e-4);
        assertEquals(18.72f, tag("<h3 id=t>").fontSize, 1e-4);
        assertEquals(21.28f, tag("<h4 id=t>").margin[0].value(), 1e-4);
        assertEquals(13.28f, tag("<h5 id=t>").fontSize, 1e-4);
        assertEquals(10.72f, tag("<h6 id=t>").fontSize, 1e-4);
    }

    @Test
    void bodyAndParagraph() {
        Styles s = Styles.of("<body id=b><p id=p>x</p></body>");
        assertEquals(Length.px(8), s.id("b").margin[3]);
        assertEquals(Length.px(16), s.id("p").margin[0]);
        assertEquals(Length.ZERO, s.id("p").margin[1]);
        assertEquals(Display.BLOCK, s.root.style().display);
    }

    @Test
    void phrasing() {
        assertEquals(700, tag("<strong id=t>").fontWeight);
        assertEquals(700, tag("<b id=t>").fontWeight);
        assertEquals(900, tag("<div style='font-weight:600'><b id=t>x</b></div>").fontWeight, "bolder of 600");
        assertTrue(tag("<em id=t>").italic);
        assertTrue(tag("<i id=t>").italic);
        assertEquals(Display.INLINE, tag("<span id=t>").display);
        assertEquals(Display.INLINE, tag("<img id=t>").display);
        assertEquals(List.of("monospace"), tag("<code id=t>").fontFamily);
        assertEquals(WhiteSpace.PRE, tag("<pre id=t>").whiteSpace);
    }

    @Test
    void blocksAndLists() {
        for (String t : List.of("div", "section", "header", "footer", "main", "article", "nav", "aside", "figure",
                "blockquote", "ul", "ol", "li")) {
            assertEquals(Display.BLOCK, tag("<" + t + " id=t></" + t + ">").display, t);
        }
        assertEquals(Length.px(40), tag("<ul id=t>").padding[3]);
        assertEquals(Length.px(40), tag("<blockquote id=t>").margin[1]);
        assertEquals(Length.ZERO, tag("<ul><li><ul id=t></ul></li></ul>").margin[0]);
    }

    @Test
    void relativeWeights() {
        assertEquals(400, FontProperties.bolder(100));
        assertEquals(700, FontProperties.bolder(400));
        assertEquals(900, FontProperties.bolder(700));
        assertEquals(950, FontProperties.bolder(950));
        assertEquals(100, FontProperties.lighter(400));
        assertEquals(400, FontProperties.lighter(700));
        assertEquals(700, FontProperties.lighter(900));
        assertEquals(100, tag("<div style='font-weight:lighter' id=t>").fontWeight);
    }
}
