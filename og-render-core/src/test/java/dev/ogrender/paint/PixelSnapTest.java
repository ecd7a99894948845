package dev.ogrender.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.ogrender.layout.BoxFragment;
import dev.ogrender.style.ComputedStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

class PixelSnapTest {

    private static BoxFragment box(float x, float y, float w, float h) {
        return new BoxFragment("div", ComputedStyle.initial(), x, y, w, h, List.of(), List.of());
    }

    @Test
    void edgesRoundAndSizeIsTheRoundedFarEdgeLessTheNearOne() {
        // a status bar at x 87.90625, 19.90625 wide: Chromium fills 88..108
        BoxFragment s = PixelSnap.of(box(87.90625f, 424.78125f, 19.90625f, 42));
        assertEquals(88, s.x());
        assertEquals(425, s.y());
        assertEquals(20, s.width());
        assertEquals(42, s.height());
        // the next one, at 111.8125, ends at 131.71875: 112..132
        BoxFragment t = PixelSnap.of(box(111.8125f, 0, 19.90625f, 40));
        assertEquals(112, t.x());
        assertEquals(20, t.width());
        // 0.4 + 10.2 ends at 10.6: 0..11, wider than its rounded size
        assertEquals(11, PixelSnap.of(box(0.4f, 0, 10.2f, 1)).width());
    }

    @Test
    void wholePixelBoxesAreLeftAlone() {
        BoxFragment f = box(40, 40, 1120, 550);
        assertSame(f, PixelSnap.of(f));
    }
}
