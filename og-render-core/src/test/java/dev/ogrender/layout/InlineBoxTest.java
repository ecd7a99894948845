package dev.ogrender.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineBoxTest {

    private static BoxFragment page(String css, String body) {
        return Layouts.layout(Layouts.page("body { font-family: Inter; font-size: 40px; line-height: 60px } " + css,
                body));
    }

    @Test
    void paddedSpanPushesTheTextAfterIt() {
        BoxFragment p = Layouts.find(page("code { padding: 0 14px; border: 0 solid; border-width: 0 3px 0 2px;"
                + " margin: 0 5px 0 7px; background: #eee }", "<p id=p>ab<code>cd</code>ef</p>"), "p");
        List<TextFragment> t = p.text();
        assertEquals(3, t.size());
        float abEnd = t.get(0).x() + t.get(0).width();
        // the glyphs of the span sit after its start margin, border and padding
        assertEquals(abEnd + 7 + 2 + 14, t.get(1).x(), 0.01f);
        // and the text after it after its end padding, border and margin
        assertEquals(t.get(1).x() + t.get(1).width() + 14 + 3 + 5, t.get(2).x(), 0.01f);
        InlineBoxFragment box = p.inlineBoxes().get(0);
        assertEquals(abEnd + 7, box.x(), 0.01f);
        assertEquals(2 + 14 + t.get(1).width() + 14 + 3, box.width(), 0.01f);
        assertTrue(box.first() && box.last());
    }

    @Test
    void verticalPaddingWidensTheBackgroundButNotTheLine() {
        BoxFragment p = Layouts.find(page("span { padding: 20px 0; border-top: 5px solid red; background: #eee }"
                + " i { background: #ddd }", "<p id=p>a<span>b</span>c<i>d</i></p>"), "p");
        assertEquals(60f, p.height(), 0.01f);
        InlineBoxFragment padded = p.inlineBoxes().get(0);
        InlineBoxFragment plain = p.inlineBoxes().get(1);
        TextFragment b = p.text().get(1);
        // the plain box is the font's content area: ascent above the baseline, descent below
        assertTrue(plain.y() < b.baseline() && plain.y() + plain.height() > b.baseline());
        assertTrue(plain.height() > 40 && plain.height() < 60, "content area " + plain.height());
        assertEquals(plain.y() - 25, padded.y(), 0.01f);
        assertEquals(plain.height() + 45, padded.height(), 0.01f);
    }

    @Test
    void aBoxBrokenAcrossLinesIsSliced() {
        BoxFragment p = Layouts.find(page("p { width: 300px } span { padding: 0 20px; border: 4px solid blue;"
                + " background: #eee }", "<p id=p>xx <span>aaaa bbbb cccc dddd</span> yy</p>"), "p");
        List<InlineBoxFragment> boxes = p.inlineBoxes();
        assertTrue(boxes.size() >= 2, "fragments " + boxes);
        InlineBoxFragment first = boxes.get(0);
        InlineBoxFragment last = boxes.get(boxes.size() - 1);
        assertTrue(first.first());
        assertFalse(first.last());
        assertFalse(last.first());
        assertTrue(last.last());
        // the continuation starts at the line's start, without the start edges
        assertEquals(p.contentBox()[0], last.x(), 0.01f);
        TextFragment lastText = p.text().stream().filter(t -> t.content().contains("dddd")).findFirst().get();
        assertEquals(last.x(), lastText.x(), 0.01f);
        // and ends after the end padding and border
        assertEquals(lastText.x() + lastText.width() + 20 + 4, last.x() + last.width(), 0.01f);
        // each fragment sits on its own line
        assertTrue(last.y() > first.y() + 50);
        assertEquals(first.height(), last.height(), 0.01f);
    }

    @Test
    void plainSpansMakeNoInlineBoxes() {
        BoxFragment p = Layouts.find(page("span { color: red }", "<p id=p>a <span>b</span> c</p>"), "p");
        assertTrue(p.inlineBoxes().isEmpty());
    }

    @Test
    void justifiedWordsStillSitAfterTheStartEdges() {
        BoxFragment p = Layouts.find(page("p { width: 400px; text-align: justify } b { padding-left: 30px;"
                + " background: #eee }", "<p id=p>aa <b>bb cc</b> dd ee ff gg hh ii jj kk ll</p>"), "p");
        InlineBoxFragment box = p.inlineBoxes().get(0);
        TextFragment bb = p.text().stream().filter(t -> t.content().startsWith("bb")).findFirst().get();
        assertEquals(box.x() + 30, bb.x(), 0.01f);
    }
}
