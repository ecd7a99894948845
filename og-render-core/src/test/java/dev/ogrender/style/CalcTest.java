package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalcTest {

    @Test
    void percentageMinusPixelsResolvesAgainstTheBox() {
        ComputedStyle t = Styles.inline("width: calc(100% - 40px)");
        assertEquals(Length.Unit.CALC, t.width.unit());
        assertEquals(960f, t.width.resolve(1000f), 0.001f);
        assertTrue(Float.isNaN(t.width.resolve(Float.NaN)));
    }

    @Test
    void relativeUnitsFoldToPixels() {
        ComputedStyle t = Styles.css("html { font-size: 20px } #t { font-size: calc(1rem + 2px);"
            + " margin-top: calc(2em - 4px); padding-left: calc((10px + 2px) * 3) }", "<div id=t></div>");
        assertEquals(22f, t.fontSize, 0.001f);
        assertEquals(Length.px(40), t.margin[0]);
        assertEquals(Length.px(36), t.padding[3]);
    }

    @Test
    void viewportUnitsUseTheViewport() {
        ComputedStyle t = Styles.inline("width: 50vw; height: calc(100vh - 30px); font-size: clamp(20px, 5vw, 80px)");
        assertEquals(Length.px(600), t.width);
        assertEquals(Length.px(600), t.height);
        assertEquals(60f, t.fontSize, 0.001f);
    }

    @Test
    void minAndMaxWithPercentages() {
        ComputedStyle t = Styles.inline("width: min(50%, 300px); max-width: max(10%, 20px)");
        assertEquals(300f, t.width.resolve(1000f), 0.001f);
        assertEquals(200f, t.width.resolve(400f), 0.001f);
        assertEquals(100f, t.maxWidth.resolve(1000f), 0.001f);
    }

    @Test
    void negativeResultsClampWhereNegativeValuesAreInvalid() {
        ComputedStyle t = Styles.inline("padding-top: calc(10px - 30px); margin-top: calc(10px - 30px)");
        assertEquals(Length.px(0), t.padding[0]);
        assertEquals(Length.px(-20), t.margin[0]);
    }

    @Test
    void typeErrorsAreInvalid() {
        // ph-css hands values over re-serialised: "2px * 3px" arrives as "2px*3px".
        Styles s = Styles.of("<div id=t style=\"width: calc(10px + 2); height: calc(2px * 3px)\"></div>");
        assertEquals(List.of(
            "Invalid value \"calc(10px + 2)\" for width. Allowed: <length> | <percentage> | auto",
            "Invalid value \"calc(2px*3px)\" for height. Allowed: <length> | <percentage> | auto"), s.messages());
    }

    @Test
    void percentagesAreRejectedWhereNotAllowed() {
        Styles s = Styles.of("<div id=t style=\"border-top: calc(10% + 1px) solid red\"></div>");
        assertEquals(1, s.messages().size());
        assertTrue(s.messages().get(0).startsWith("Invalid value"), s.messages().get(0));
    }

    @Test
    void gradientStopsTakeMathAndViewportUnits() {
        ComputedStyle t = Styles.inline("font-size: 20px; background-image: linear-gradient(red calc(10% + 1em),"
            + " blue 10vw)");
        List<ColorStop> stops = ((LinearGradient) t.backgroundImages.get(0)).stops();
        assertEquals(Length.Unit.CALC, stops.get(0).position().unit());
        assertEquals(120f, stops.get(0).position().resolve(1000f), 0.001f);
        assertEquals(Length.px(120), stops.get(1).position());
    }
}
