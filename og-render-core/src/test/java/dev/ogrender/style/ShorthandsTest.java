package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ogrender.style.Keywords.BorderStyle;
import dev.ogrender.style.Keywords.FlexDirection;
import dev.ogrender.style.Keywords.FlexWrap;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShorthandsTest {

    private static Length[] px(float... v) {
        Length[] out = new Length[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Length.px(v[i]);
        }
        return out;
    }

    @Test
    void marginAndPaddingOneToFourValues() {
        assertArrayEquals(px(1, 1, 1, 1), Styles.inline("margin:1px").margin);
        assertArrayEquals(px(1, 2, 1, 2), Styles.inline("margin:1px 2px").margin);
        assertArrayEquals(px(1, 2, 3, 2), Styles.inline("padding:1px 2px 3px").padding);
        assertArrayEquals(px(1, 2, 3, 4), Styles.inline("padding:1px 2px 3px 4px").padding);
        assertEquals(Length.AUTO, Styles.inline("margin:0 auto").margin[1]);
    }

    @Test
    void border() {
        ComputedStyle s = Styles.inline("border: 2px solid red");
        assertArrayEquals(new float[] {2, 2, 2, 2}, s.borderWidth);
        assertArrayEquals(new int[] {0xFFFF0000, 0xFFFF0000, 0xFFFF0000, 0xFFFF0000}, s.borderColor);
        assertEquals(BorderStyle.SOLID, s.borderStyle[3]);
        ComputedStyle side = Styles.inline("border-left: thick solid; border-top: 1px; color: blue");
        assertArrayEquals(new float[] {0, 0, 0, 5}, side.borderWidth, "no style means no border");
        assertEquals(0xFF0000FF, side.borderColor[3]);
        ComputedStyle longhands = Styles.inline("border-style: solid none; border-width: 1px 2px 3px 4px;"
            + " border-color: red green");
        assertArrayEquals(new float[] {1, 0, 3, 0}, longhands.borderWidth);
        assertEquals(0xFF008000, longhands.borderColor[1]);
        assertEquals(3f, Styles.inline("border-bottom-style: solid").borderWidth[2], "initial width is medium");
    }

    @Test
    void borderRadius() {
        ComputedStyle s = Styles.inline("border-radius: 1px 2px 3px 4px / 5px 6px");
        assertArrayEquals(px(1, 2, 3, 4), s.radiusX);
        assertArrayEquals(px(5, 6, 5, 6), s.radiusY);
        ComputedStyle one = Styles.inline("border-radius: 10%");
        assertEquals(Length.percent(10), one.radiusY[2]);
        ComputedStyle corner = Styles.inline("border-top-right-radius: 3px 7px; font-size:10px;"
            + " border-bottom-left-radius: 1em");
        assertEquals(Length.px(3), corner.radiusX[1]);
        assertEquals(Length.px(7), corner.radiusY[1]);
        assertEquals(Length.px(10), corner.radiusY[3]);
    }

    @Test
    void background() {
        ComputedStyle s = Styles.css("#t{background-image:linear-gradient(red,blue); background: white}",
            "<div id=t></div>");
        assertEquals(0xFFFFFFFF, s.backgroundColor);
        assertEquals(List.of(), s.backgroundImages, "the shorthand resets the image");
        ComputedStyle both = Styles.inline("background: linear-gradient(red, blue), #000");
        assertEquals(0xFF000000, both.backgroundColor);
        assertEquals(1, both.backgroundImages.size());
    }

    @Test
    void font() {
        ComputedStyle s = Styles.css("#t{font-weight:900; font-style:italic; line-height:3; font: 12px serif}",
            "<div id=t></div>");
        assertEquals(12f, s.fontSize);
        assertEquals(400, s.fontWeight, "reset by the shorthand");
        assertEquals(false, s.italic);
        assertEquals(Float.NaN, s.lineHeight);
        assertEquals(List.of("serif"), s.fontFamily);
        ComputedStyle full = Styles.inline("font: italic bold 2em/1.5 'Inter', sans-serif");
        assertEquals(32f, full.fontSize);
        assertEquals(48f, full.lineHeightPx());
        assertEquals(700, full.fontWeight);
        assertEquals(true, full.italic);
    }

    @Test
    void flexFlowAndGap() {
        ComputedStyle s = Styles.inline("flex-flow: wrap column-reverse; gap: 4px 10%");
        assertEquals(FlexDirection.COLUMN_REVERSE, s.flexDirection);
        assertEquals(FlexWrap.WRAP, s.flexWrap);
        assertEquals(Length.px(4), s.rowGap);
        assertEquals(Length.percent(10), s.columnGap);
        assertEquals(Length.ZERO, Styles.inline("gap: normal").columnGap);
        assertEquals(FlexDirection.ROW, Styles.inline("flex-direction:column; flex-flow: wrap").flexDirection);
    }
}
