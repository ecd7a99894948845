package dev.ogrender.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ogrender.internal.Diagnostics;
import dev.ogrender.layout.BoxFragment;
import dev.ogrender.layout.LayoutEngine;
import dev.ogrender.style.StyleEngine;
import dev.ogrender.template.HtmlDocument;
import dev.ogrender.text.FontRegistry;
import dev.ogrender.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineBoxPainterTest {

    private static List<PaintOp> ops(String css, String body) {
        String html = "<!DOCTYPE html><html><head><style>* { margin: 0 } body { font-family: Inter; font-size: 40px }"
                + css + "</style></head><body>" + body + "</body></html>";
        var styled = StyleEngine.style(HtmlDocument.parse(html), new Diagnostics(false));
        BoxFragment root = LayoutEngine.compute(styled, 1200, 630, TextMeasurer.of(FontRegistry.bundled()));
        List<PaintOp> out = new ArrayList<>();
        out.addAll(DisplayListBuilder.build(root, 1200, 630).ops());
        return out;
    }

    @Test
    void backgroundIsPaintedBeforeTheText() {
        List<PaintOp> ops = ops("code { background: #ff0000; padding: 0 10px }", "<p>a <code>b</code> c</p>");
        int fill = -1;
        int glyphs = -1;
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i) instanceof PaintOp.FillShape f && f.argb() == 0xFFFF0000 && fill < 0) {
                fill = i;
            }
            if (ops.get(i) instanceof PaintOp.DrawGlyphs && glyphs < 0) {
                glyphs = i;
            }
        }
        assertTrue(fill >= 0 && fill < glyphs, ops.toString());
    }

    @Test
    void gradientLayerIsPositionedOnTheFragment() {
        List<PaintOp> ops = ops("mark { background: linear-gradient(transparent 60%, #fde68a 60%) }",
                "<p>a <mark>b</mark> c</p>");
        PaintOp.FillLinearGradient g = (PaintOp.FillLinearGradient) ops.stream()
                .filter(o -> o instanceof PaintOp.FillLinearGradient).findFirst().orElseThrow();
        var box = g.shape().getBounds2D();
        // the hard edge at 60% of the fragment's height, and a line long enough to be drawn as one
        assertEquals(box.getY() + 0.6 * box.getHeight(), g.y1(), 0.01);
        assertTrue(g.y2() - g.y1() >= 0.001f, "line " + g.y1() + ".." + g.y2());
    }
}
