package dev.ogrender.layout;

import static dev.ogrender.layout.Layouts.find;
import static dev.ogrender.layout.Layouts.layout;
import static dev.ogrender.layout.Layouts.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlockLayoutTest {

    private static final float EPS = 0.01f;

    @Test
    void autoWidthFillsContainingBlockMinusMargins() {
        BoxFragment r = layout(page("", "<div id=a style=\"margin:0 30px;padding:10px;border:5px solid red\"></div>"));
        assertEquals(1140, find(r, "a").width(), EPS);
        assertEquals(30, find(r, "a").x(), EPS);
        assertEquals(30, find(r, "a").height(), EPS);
    }

    @Test
    void contentBoxAddsPaddingAndBorderToWidth() {
        BoxFragment r = layout("<html><body style=margin:0><div id=a style=\"width:100px;padding:10px;border:2px solid\"></div>");
        assertEquals(124, find(r, "a").width(), EPS);
    }

    @Test
    void minAndMaxHeightOverrideASpecifiedHeight() {
        BoxFragment r = layout(page("", "<div id=a style=\"height:20px;min-height:140px\"></div>"
                + "<div id=b style=\"height:500px;max-height:250px;padding:5px\"></div>"
                + "<div id=c style=\"position:absolute;height:500px;max-height:30%\"></div>"
                + "<span id=d style=\"display:inline-block;width:10px;height:5px;min-height:40px\"></span>"));
        assertEquals(140, find(r, "a").height(), EPS);
        assertEquals(250, find(r, "b").height(), EPS);
        assertEquals(189, find(r, "c").height(), EPS);
        assertEquals(40, find(r, "d").height(), EPS);
    }

    @Test
    void autoMarginsCenterAFixedWidthBlock() {
        BoxFragment r = layout(page("", "<div id=a style=\"width:200px;height:10px;margin:0 auto\"></div>"));
        assertEquals(500, find(r, "a").x(), EPS);
    }

    @Test
    void siblingMarginsCollapseToTheLarger() {
        BoxFragment r = layout(page("", "<div id=a style=\"height:10px;margin-bottom:20px\"></div>"
                + "<div id=b style=\"height:10px;margin-top:30px\"></div>"));
        assertEquals(40, find(r, "b").y(), EPS);
    }

    @Test
    void firstChildMarginCollapsesThroughParentWithoutBorder() {
        BoxFragment r = layout(page("", "<div id=p><div id=c style=\"height:10px;margin-top:25px\"></div></div>"));
        assertEquals(25, find(r, "p").y(), EPS);
        assertEquals(25, find(r, "c").y(), EPS);
        assertEquals(10, find(r, "p").height(), EPS);
    }

    @Test
    void parentPaddingStopsMarginCollapse() {
        BoxFragment r = layout(page("", "<div id=p style=\"padding-top:1px\"><div id=c style=\"height:10px;margin-top:25px\"></div></div>"));
        assertEquals(0, find(r, "p").y(), EPS);
        assertEquals(26, find(r, "c").y(), EPS);
    }

    @Test
    void userAgentBodyMarginAndH1Margins() {
        BoxFragment r = layout("<html><body><h1 id=h>Title</h1></body></html>");
        BoxFragment body = find(r, "body");
        // h1's 21.44px top margin collapses through body with body's own 8px margin
        assertEquals(21.44f, body.y(), EPS);
        assertEquals(8, body.x(), EPS);
        assertEquals(1184, find(r, "h").width(), EPS);
    }

    @Test
    void percentageWidthAndMaxWidth() {
        BoxFragment r = layout(page("", "<div id=a style=\"width:50%;max-width:500px;height:1px\"></div>"
                + "<div id=b style=\"width:25%;height:1px\"></div>"));
        assertEquals(500, find(r, "a").width(), EPS);
        assertEquals(300, find(r, "b").width(), EPS);
    }

    @Test
    void absoluteBoxesUseOffsetsOfPositionedAncestor() {
        BoxFragment r = layout(page("", "<div id=p style=\"position:relative;margin:50px;width:400px;height:300px\">"
                + "<div id=a style=\"position:absolute;right:10px;bottom:20px;width:30px;height:40px\"></div>"
                + "<div id=b style=\"position:absolute;left:0;right:0;top:5px;height:10px\"></div></div>"));
        BoxFragment a = find(r, "a");
        assertEquals(50 + 400 - 10 - 30, a.x(), EPS);
        assertEquals(50 + 300 - 20 - 40, a.y(), EPS);
        assertEquals(400, find(r, "b").width(), EPS);
    }

    @Test
    void relativeOffsetMovesWithoutAffectingSiblings() {
        BoxFragment r = layout(page("", "<div id=a style=\"position:relative;top:10px;left:-5px;height:20px\"></div>"
                + "<div id=b style=\"height:20px\"></div>"));
        assertEquals(10, find(r, "a").y(), EPS);
        assertEquals(-5, find(r, "a").x(), EPS);
        assertEquals(20, find(r, "b").y(), EPS);
    }

    @Test
    void displayNoneGeneratesNoBox() {
        BoxFragment r = layout(page("", "<div id=a style=\"display:none;height:50px\"></div><div id=b style=\"height:5px\"></div>"));
        assertEquals(0, find(r, "b").y(), EPS);
    }

    @Test
    void textWrapsAtMaxWidthAndHeightFollowsLineHeight() {
        BoxFragment r = layout(page("", "<div id=t style=\"font-size:64px;font-weight:800;line-height:1.2;max-width:900px\">"
                + "How to Generate OG Images Dynamically at Scale</div>"));
        BoxFragment t = find(r, "t");
        assertEquals(2 * 76.8f, t.height(), EPS);
        assertEquals("How to Generate OG Images", t.text().get(0).content());
        assertTrue(t.text().get(1).content().startsWith("Dynamically"));
    }
}
