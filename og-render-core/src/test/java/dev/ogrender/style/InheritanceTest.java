package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ogrender.style.Keywords.TextAlign;
import java.util.List;
import org.junit.jupiter.api.Test;

class InheritanceTest {

    private static final String NESTED = "<div id=p><div id=t></div></div>";

    @Test
    void inheritedPropertiesFlowDown() {
        ComputedStyle t = Styles.css("#p{color:red; font: italic 700 20px/30px Georgia, serif; letter-spacing: 1px;"
            + " text-align: center}", NESTED);
        assertEquals(0xFFFF0000, t.color);
        assertEquals(20f, t.fontSize);
        assertEquals(700, t.fontWeight);
        assertEquals(true, t.italic);
        assertEquals(30f, t.lineHeightPx());
        assertEquals(List.of("georgia", "serif"), t.fontFamily);
        assertEquals(1f, t.letterSpacing);
        assertEquals(TextAlign.CENTER, t.textAlign);
    }

    @Test
    void nonInheritedPropertiesDoNot() {
        ComputedStyle t = Styles.css("#p{padding:5px; background:red; opacity:.5; width:10px}", NESTED);
        assertEquals(Length.ZERO, t.padding[0]);
        assertEquals(0, t.backgroundColor);
        assertEquals(1f, t.opacity);
        assertEquals(Length.AUTO, t.width);
    }

    @Test
    void inheritKeywordOnNonInheritedProperty() {
        ComputedStyle t = Styles.css("#p{padding:5px; width:10px} #t{padding:inherit; width: inherit}", NESTED);
        assertEquals(Length.px(5), t.padding[2]);
        assertEquals(Length.px(10), t.width);
    }

    @Test
    void initialAndUnset() {
        ComputedStyle t = Styles.css("#p{color:red; padding: 3px} #t{color:initial; padding: unset}", NESTED);
        assertEquals(0xFF000000, t.color);
        assertEquals(Length.ZERO, t.padding[0]);
        assertEquals(0xFFFF0000, Styles.css("#p{color:red} #t{color:blue; color:unset}", NESTED).color);
    }

    @Test
    void lineHeightFactorIsInheritedAsFactor() {
        ComputedStyle t = Styles.css("#p{font-size:10px; line-height:2} #t{font-size:20px}", NESTED);
        assertEquals(40f, t.lineHeightPx());
        ComputedStyle u = Styles.css("#p{font-size:10px; line-height:200%} #t{font-size:20px}", NESTED);
        assertEquals(20f, u.lineHeightPx(), "a percentage computes to px on the parent");
    }

    @Test
    void emLetterSpacingInheritsAsPixels() {
        ComputedStyle t = Styles.css("#p{font-size:10px; letter-spacing:.1em} #t{font-size:40px}", NESTED);
        assertEquals(1f, t.letterSpacing);
    }

    @Test
    void currentColorUsesTheElementsColor() {
        ComputedStyle t = Styles.css("#p{color:red} #t{border:1px solid; background-color: currentColor;"
            + " color: blue}", NESTED);
        assertEquals(0xFF0000FF, t.borderColor[0]);
        assertEquals(0xFF0000FF, t.backgroundColor);
        assertEquals(0xFFFF0000, Styles.css("#p{color:red} #t{color:currentColor}", NESTED).color);
    }
}
