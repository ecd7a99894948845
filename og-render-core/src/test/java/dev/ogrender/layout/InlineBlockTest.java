package dev.ogrender.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InlineBlockTest {

    private static BoxFragment page(String css, String body) {
        return Layouts.layout(Layouts.page("body { font-family: Inter; font-size: 40px; line-height: 60px } "
                + ".b { display: inline-block; width: 60px; height: 30px } " + css, body));
    }

    @Test
    void inlineBlocksSitInTheLineAfterTheText() {
        BoxFragment root = page("", "<p id=p>ab <span class=b id=x></span> cd</p>");
        BoxFragment p = Layouts.find(root, "p");
        BoxFragment x = Layouts.find(root, "x");
        TextFragment ab = p.text().get(0);
        assertEquals(ab.x() + ab.width(), x.x(), 0.01f);
        // On the baseline: an empty inline-block's baseline is its bottom margin edge.
        assertEquals(ab.baseline(), x.y() + x.height(), 0.01f);
        assertEquals(60f, p.height(), 0.01f);
        TextFragment cd = p.text().get(1);
        assertEquals(x.x() + 60, cd.x(), 0.01f);
    }

    @Test
    void inlineFlexWithoutTextSitsOnItsFirstItemsBottom() {
        BoxFragment root = page(".f { display: inline-flex; padding: 10px; border: 3px solid } .f span { width: 60px; height: 60px }",
                "<p id=p>ab <span class=f id=f><span id=i></span><span></span></span> cd</p>");
        BoxFragment f = Layouts.find(root, "f");
        TextFragment ab = Layouts.find(root, "p").text().get(0);
        // Chromium: the baseline is synthesized from the first item's border box, 13px above the container's bottom.
        assertEquals(ab.baseline(), f.y() + 73, 0.01f);
        assertEquals(86f, f.height(), 0.01f);
    }

    @Test
    void inlineBlockShrinksToFitItsText() {
        BoxFragment root = page(".c { display: inline-block; padding: 0 10px }", "<p><span class=c id=c>chip</span></p>");
        BoxFragment c = Layouts.find(root, "c");
        assertEquals(20f + c.text().get(0).width(), c.width(), 0.01f);
        assertTrue(c.width() < 200);
    }

    @Test
    void inlineBlocksWrapAsUnits() {
        BoxFragment root = page("p { width: 150px } .b { margin-right: 10px }",
                "<p id=p><span class=b></span><span class=b></span><span class=b id=third></span></p>");
        BoxFragment third = Layouts.find(root, "third");
        BoxFragment p = Layouts.find(root, "p");
        assertEquals(p.x(), third.x(), 0.01f);
        assertEquals(120f, p.height(), 0.01f);
    }

    @Test
    void verticalAlignTopAndBottomUseTheLineBoxEdges() {
        BoxFragment root = page(".t { display: inline-block; width: 20px; height: 100px; vertical-align: top }",
                "<p id=p>x<span class=t></span><span class=b id=top style=\"vertical-align: top\"></span>"
                + "<span class=b id=bottom style=\"vertical-align: bottom\"></span></p>");
        BoxFragment p = Layouts.find(root, "p");
        assertEquals(100f, p.height(), 0.01f);
        assertEquals(p.y(), Layouts.find(root, "top").y(), 0.01f);
        assertEquals(p.y() + 100, Layouts.find(root, "bottom").y() + 30, 0.01f);
    }

    @Test
    void verticalAlignLengthRaisesTheBox() {
        BoxFragment root = page("", "<p>x<span class=b id=a></span><span class=b id=r style=\"vertical-align: 10px\">"
                + "</span></p>");
        assertEquals(Layouts.find(root, "a").y() - 10, Layouts.find(root, "r").y(), 0.01f);
    }

    @Test
    void aspectRatioGivesTheMissingSize() {
        BoxFragment root = page(".r { width: 400px; aspect-ratio: 16 / 9 } .h { height: 100px; aspect-ratio: 2 }",
                "<div class=r id=r></div><div class=h id=h></div>");
        assertEquals(225f, Layouts.find(root, "r").height(), 0.01f);
        assertEquals(200f, Layouts.find(root, "h").width(), 0.01f);
    }
}
