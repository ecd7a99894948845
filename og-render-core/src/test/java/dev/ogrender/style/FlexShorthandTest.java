package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ogrender.style.Keywords.Align;
import dev.ogrender.style.Keywords.JustifyContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FlexShorthandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 | 1 | 1 | 0.0%",
        "2 3 | 2 | 3 | 0.0%",
        "1 0 | 1 | 0 | 0.0%",
        "none | 0 | 0 | auto",
        "auto | 1 | 1 | auto",
        "initial | 0 | 1 | auto",
        "100px | 1 | 1 | 100.0px",
        "2 30% | 2 | 1 | 30.0%",
        "1 1 0 | 1 | 1 | 0.0px",
        "0 0 auto | 0 | 0 | auto",
        "3 2 content | 3 | 2 | content",
        "10px 2 3 | 2 | 3 | 10.0px",
    })
    void flex(String value, float grow, float shrink, String basis) {
        ComputedStyle s = Styles.inline("flex: " + value);
        assertEquals(grow, s.flexGrow, value);
        assertEquals(shrink, s.flexShrink, value);
        assertEquals(basis, s.flexBasis.toString(), value);
    }

    @Test
    void longhands() {
        ComputedStyle s = Styles.inline("flex-grow:2; flex-shrink:0; flex-basis:2em; order:-1; align-self:end");
        assertEquals(2f, s.flexGrow);
        assertEquals(0f, s.flexShrink);
        assertEquals(Length.px(32), s.flexBasis);
        assertEquals(-1, s.order);
        assertEquals(Align.FLEX_END, s.alignSelf);
    }

    @Test
    void alignmentAliases() {
        assertEquals(JustifyContent.FLEX_START, Styles.inline("justify-content:left").justifyContent);
        assertEquals(JustifyContent.FLEX_END, Styles.inline("justify-content:end").justifyContent);
        assertEquals(JustifyContent.FLEX_START, Styles.inline("justify-content:normal").justifyContent);
        assertEquals(JustifyContent.SPACE_EVENLY, Styles.inline("justify-content:space-evenly").justifyContent);
        assertEquals(Align.STRETCH, Styles.inline("align-items:stretch").alignItems);
        assertEquals(Align.BASELINE, Styles.inline("align-items:baseline").alignItems);
        assertEquals(Align.SPACE_AROUND, Styles.inline("align-content:space-around").alignContent);
    }
}
