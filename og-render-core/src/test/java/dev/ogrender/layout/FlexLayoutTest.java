package dev.ogrender.layout;

import static dev.ogrender.layout.Layouts.find;
import static dev.ogrender.layout.Layouts.layout;
import static dev.ogrender.layout.Layouts.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlexLayoutTest {

    private static final float EPS = 0.01f;

    private static BoxFragment flex(String containerCss, String... itemCss) {
        StringBuilder body = new StringBuilder("<div id=c style=\"display:flex;" + containerCss + "\">");
        for (int i = 0; i < itemCss.length; i++) {
            body.append("<div id=i").append(i).append(" style=\"").append(itemCss[i]).append("\"></div>");
        }
        return layout(page("", body.append("</div>").toString()));
    }

    @Test
    void growDistributesFreeSpaceByFactor() {
        BoxFragment r = flex("width:600px;height:100px", "width:100px;flex-grow:1", "width:100px;flex-grow:3");
        assertEquals(200, find(r, "i0").width(), EPS);
        assertEquals(400, find(r, "i1").width(), EPS);
        assertEquals(200, find(r, "i1").x(), EPS);
    }

    @Test
    void shrinkIsWeightedByBaseSize() {
        BoxFragment r = flex("width:300px;height:50px", "width:200px", "width:400px");
        // 300px overflow shared 1:2 by base size
        assertEquals(100, find(r, "i0").width(), EPS);
        assertEquals(200, find(r, "i1").width(), EPS);
    }

    @Test
    void maxWidthFreezesAndRedistributes() {
        BoxFragment r = flex("width:600px;height:50px", "flex:1;max-width:100px", "flex:1");
        assertEquals(100, find(r, "i0").width(), EPS);
        assertEquals(500, find(r, "i1").width(), EPS);
    }

    @Test
    void minWidthFreezesWhenShrinking() {
        BoxFragment r = flex("width:300px;height:50px", "width:300px;min-width:250px", "width:300px");
        assertEquals(250, find(r, "i0").width(), EPS);
        assertEquals(50, find(r, "i1").width(), EPS);
    }

    @Test
    void flexBasisZeroSplitsEvenly() {
        BoxFragment r = flex("width:900px;height:50px", "flex:1 1 0%;width:500px", "flex:2");
        assertEquals(300, find(r, "i0").width(), EPS);
        assertEquals(600, find(r, "i1").width(), EPS);
    }

    @Test
    void justifyContentSpaceBetweenAroundEvenlyCenterEnd() {
        String a = "width:100px;height:10px";
        assertEquals(500, find(flex("width:600px;justify-content:space-between", a, a), "i1").x(), EPS);
        assertEquals(100, find(flex("width:600px;justify-content:space-around", a, a), "i0").x(), EPS);
        assertEquals(400 / 3f, find(flex("width:600px;justify-content:space-evenly", a, a), "i0").x(), EPS);
        assertEquals(200, find(flex("width:600px;justify-content:center", a, a), "i0").x(), EPS);
        assertEquals(400, find(flex("width:600px;justify-content:flex-end", a, a), "i0").x(), EPS);
    }

    @Test
    void gapSeparatesItems() {
        BoxFragment r = flex("width:600px;gap:16px", "width:48px;height:48px", "width:10px;height:10px");
        assertEquals(64, find(r, "i1").x(), EPS);
    }

    @Test
    void alignItemsStretchCenterEnd() {
        assertEquals(100, find(flex("width:600px;height:100px", "width:10px"), "i0").height(), EPS);
        BoxFragment c = flex("width:600px;height:100px;align-items:center", "width:10px;height:20px");
        assertEquals(40, find(c, "i0").y(), EPS);
        BoxFragment e = flex("width:600px;height:100px;align-items:flex-end", "width:10px;height:20px");
        assertEquals(80, find(e, "i0").y(), EPS);
        BoxFragment s = flex("width:600px;height:100px;align-items:center", "width:10px;height:20px;align-self:flex-start");
        assertEquals(0, find(s, "i0").y(), EPS);
    }

    @Test
    void columnDirectionStacksAndStretchesWidth() {
        BoxFragment r = flex("flex-direction:column;width:300px;height:400px;justify-content:space-between",
                "height:50px", "height:100px");
        assertEquals(300, find(r, "i0").width(), EPS);
        assertEquals(0, find(r, "i0").y(), EPS);
        assertEquals(300, find(r, "i1").y(), EPS);
    }

    @Test
    void reverseDirectionsPlaceFromTheEnd() {
        BoxFragment r = flex("flex-direction:row-reverse;width:600px", "width:100px;height:10px", "width:50px;height:10px");
        assertEquals(500, find(r, "i0").x(), EPS);
        assertEquals(450, find(r, "i1").x(), EPS);
        BoxFragment c = flex("flex-direction:column-reverse;width:100px;height:300px", "height:100px", "height:50px");
        assertEquals(200, find(c, "i0").y(), EPS);
        assertEquals(150, find(c, "i1").y(), EPS);
    }

    @Test
    void wrapStartsNewLinesAndAlignContentDistributesThem() {
        BoxFragment r = flex("flex-wrap:wrap;width:250px;height:200px;align-content:flex-start",
                "width:100px;height:30px", "width:100px;height:40px", "width:100px;height:20px");
        assertEquals(0, find(r, "i2").x(), EPS);
        assertEquals(40, find(r, "i2").y(), EPS);
        BoxFragment s = flex("flex-wrap:wrap;width:250px;height:200px;align-content:space-between",
                "width:100px;height:30px", "width:100px;height:40px", "width:100px;height:20px");
        assertEquals(180, find(s, "i2").y(), EPS);
    }

    @Test
    void autoMarginsAbsorbFreeSpace() {
        BoxFragment r = flex("width:600px;height:100px", "width:100px;height:20px;margin-left:auto",
                "width:100px;height:20px");
        assertEquals(400, find(r, "i0").x(), EPS);
        BoxFragment c = flex("width:600px;height:100px", "width:100px;height:20px;margin:auto");
        assertEquals(250, find(c, "i0").x(), EPS);
        assertEquals(40, find(c, "i0").y(), EPS);
    }

    @Test
    void orderReordersVisually() {
        BoxFragment r = flex("width:600px", "width:100px;height:10px;order:2", "width:50px;height:10px;order:1");
        assertEquals(50, find(r, "i0").x(), EPS);
        assertEquals(0, find(r, "i1").x(), EPS);
    }

    @Test
    void autoMinimumSizeKeepsTextFromShrinkingBelowLongestWord() {
        BoxFragment r = layout(page("", "<div style=\"display:flex;width:50px\"><div id=t style=\"font-size:20px\">"
                + "Internationalization</div></div>"));
        BoxFragment t = find(r, "t");
        assertEquals(true, t.width() > 150, "width " + t.width());
    }

    @Test
    void resolvedWidthsAreTruncatedToLayoutUnits() {
        // Blink's LayoutUnit is 1/64 px: 896px / 45 = 19.911 is used as 19.90625, so the 45th of a row of
        // such bars with 4px gaps starts at 44 * 23.90625 = 1051.875, not 1052.09
        String bar = "width:calc((1200px - 128px - 176px) / 45);height:10px";
        BoxFragment r = flex("width:1072px;gap:4px", bar, bar);
        assertEquals(19.90625f, find(r, "i0").width(), 1e-5);
        assertEquals(23.90625f, find(r, "i1").x(), 1e-5);
        assertEquals(40.1875f, find(flex("width:600px", "width:6.7%;height:10px"), "i0").width(), 1e-5);
    }

    @Test
    void alignItemsBaselineSharesTheFirstBaseline() {
        BoxFragment root = Layouts.layout(Layouts.page("body { font-family: Inter } .r { display: flex;"
                + " align-items: baseline } .a { font-size: 60px } .b { font-size: 20px; padding-top: 7px }"
                + " .c { width: 10px; height: 30px }",
                "<div class=r id=r><div class=a id=a>A</div><div class=b id=b>b</div><div class=c id=c></div></div>"));
        TextFragment a = Layouts.find(root, "a").text().get(0);
        TextFragment b = Layouts.find(root, "b").text().get(0);
        BoxFragment c = Layouts.find(root, "c");
        assertEquals(a.baseline(), b.baseline(), 0.01f);
        // a box without text aligns its bottom edge on the baseline
        assertEquals(a.baseline(), c.y() + c.height(), 0.01f);
        assertTrue(Layouts.find(root, "b").y() > Layouts.find(root, "a").y());
    }
}
