package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ogrender.internal.Problem;
import dev.ogrender.style.RadialGradient.Extent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EffectsParsingTest {

    @Test
    void boxShadowLayersInsetSpreadAndCurrentColor() {
        ComputedStyle s = Styles.inline("color: red; font-size: 10px;"
            + " box-shadow: 1px 2px 3px 4px blue, inset 0 1em currentColor, 5px 6px rgba(0,0,0,.5) inset");
        assertEquals(List.of(new Shadow(1, 2, 3, 4, 0xFF0000FF, false), new Shadow(0, 10, 0, 0, 0xFFFF0000, true),
            new Shadow(5, 6, 0, 0, 0x80000000, true)), s.boxShadows);
        assertEquals(List.of(), Styles.inline("box-shadow: 1px 1px red; box-shadow: none").boxShadows);
    }

    @Test
    void textShadowInheritsAndDefaultsToCurrentColor() {
        Styles s = Styles.of("<div style='color: green; text-shadow: 2px 3px 4px'><p id=t style='color: blue'></p></div>");
        assertEquals(List.of(new Shadow(2, 3, 4, 0, 0xFF008000, false)), s.id("t").textShadows);
    }

    @Test
    void badShadowsSayWhatIsAllowedAndWhere() {
        Styles s = Styles.of("<style>\n.a {\n  color: red;\n  box-shadow: 10px 10px red blue;\n}\n</style><div class=a></div>");
        assertEquals(List.of(new Problem(Problem.Kind.STYLE, "Invalid value \"10px 10px red blue\" for box-shadow."
            + " Allowed: " + ShadowProperties.BOX, 4, 3)), s.diag.warnings());
        assertEquals(List.of(
            "Invalid value \"1px\" for box-shadow. Allowed: " + ShadowProperties.BOX,
            "Invalid value \"1px 1px -2px red\" for box-shadow. Allowed: " + ShadowProperties.BOX,
            "Invalid value \"1px red 2px\" for box-shadow. Allowed: " + ShadowProperties.BOX,
            "Invalid value \"inset 1px 1px\" for text-shadow. Allowed: " + ShadowProperties.TEXT,
            "Invalid value \"1px 1px 1px 1px red\" for text-shadow. Allowed: " + ShadowProperties.TEXT),
            Styles.of("<div style='box-shadow: 1px; box-shadow: 1px 1px -2px red; box-shadow: 1px red 2px;"
                + " text-shadow: inset 1px 1px; text-shadow: 1px 1px 1px 1px red'></div>").messages());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "translate(10px, 20px)         | 1 | 0 | 0 | 1 | 10 | 20",
        "translateX(10px) scale(2)     | 2 | 0 | 0 | 2 | 10 | 0",
        "rotate(90deg)                 | 0 | 1 | -1 | 0 | 0 | 0",
        "rotate(0.25turn)              | 0 | 1 | -1 | 0 | 0 | 0",
        "scale(2, 3)                   | 2 | 0 | 0 | 3 | 0 | 0",
        "skewX(45deg)                  | 1 | 0 | 1 | 1 | 0 | 0",
        "matrix(1, 2, 3, 4, 5, 6)      | 1 | 2 | 3 | 4 | 5 | 6",
    })
    void transformsComposeLeftToRight(String css, float a, float b, float c, float d, float e, float f) {
        List<Transform> list = Styles.inline("transform: " + css).transform;
        float[] m = {1, 0, 0, 1, 0, 0};
        for (Transform t : list) {
            float[] n = t.isTranslate() ? new float[] {1, 0, 0, 1, t.tx().value(), t.ty().value()} : t.matrix();
            m = new float[] {m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3],
                m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]};
        }
        assertArrayEquals(new float[] {a, b, c, d, e, f}, m, 1e-5f, css);
    }

    @Test
    void translateKeepsPercentagesForPaint() {
        Transform t = Styles.inline("transform: translate(-50%, 2em); font-size: 10px").transform.get(0);
        assertEquals(Length.percent(-50), t.tx());
        assertEquals(Length.px(20), t.ty());
    }

    @Test
    void transformOriginKeywordsInEitherOrder() {
        ComputedStyle s = Styles.inline("transform-origin: top left");
        assertEquals(Length.percent(0), s.transformOriginX);
        assertEquals(Length.percent(0), s.transformOriginY);
        ComputedStyle t = Styles.inline("transform-origin: 20px bottom");
        assertEquals(Length.px(20), t.transformOriginX);
        assertEquals(Length.percent(100), t.transformOriginY);
        assertEquals(Length.percent(50), Styles.inline("transform-origin: bottom").transformOriginX);
    }

    @Test
    void badTransformsAreNamed() {
        assertEquals(List.of(
            "Invalid value \"rotate(10px)\" for transform. Allowed: " + TransformProperties.TRANSFORM,
            "Unsupported value \"rotateX(10deg)\" for transform: rotatex() is not supported (2D transforms only)",
            "Invalid value \"scale(1,2,3)\" for transform. Allowed: " + TransformProperties.TRANSFORM,
            "Invalid value \"left right\" for transform-origin. Allowed: " + TransformProperties.ORIGIN),
            Styles.of("<div style='transform: rotate(10px); transform: rotateX(10deg); transform: scale(1, 2, 3);"
                + " transform-origin: left right'></div>").messages());
    }

    @Test
    void filtersInOrder() {
        ComputedStyle s = Styles.inline("filter: blur(4px) grayscale(50%) brightness(1.2) hue-rotate(90deg) invert(2)");
        assertEquals(List.of(new Filter(Filter.Kind.BLUR, 4), new Filter(Filter.Kind.GRAYSCALE, 0.5f),
            new Filter(Filter.Kind.BRIGHTNESS, 1.2f), new Filter(Filter.Kind.HUE_ROTATE, 90),
            new Filter(Filter.Kind.INVERT, 1)), s.filters);
        assertEquals(List.of(
            "Unsupported value \"drop-shadow(1px 1px red)\" for filter: drop-shadow() is not supported yet",
            "Invalid value \"blur(-1px)\" for filter. Allowed: " + FilterProperties.FILTER,
            "Invalid value \"glow(2)\" for filter. Allowed: " + FilterProperties.FILTER),
            Styles.of("<div style='filter: drop-shadow(1px 1px red); filter: blur(-1px); filter: glow(2)'></div>")
                .messages());
    }

    @Test
    void radialGradientHeads() {
        RadialGradient a = radial("radial-gradient(red, blue)");
        assertFalse(a.circle());
        assertEquals(Extent.FARTHEST_CORNER, a.extent());
        assertEquals(Length.percent(50), a.centerX());
        RadialGradient b = radial("radial-gradient(circle closest-side at 10px top, red, blue 50%)");
        assertTrue(b.circle());
        assertEquals(Extent.CLOSEST_SIDE, b.extent());
        assertEquals(Length.px(10), b.centerX());
        assertEquals(Length.percent(0), b.centerY());
        RadialGradient c = radial("repeating-radial-gradient(40px 20%, red, blue 10px)");
        assertTrue(c.repeating());
        assertFalse(c.circle());
        assertEquals(Extent.EXPLICIT, c.extent());
        assertEquals(Length.px(40), c.radiusX());
        assertEquals(Length.percent(20), c.radiusY());
        assertTrue(radial("radial-gradient(30px, red, blue)").circle());
    }

    /** ph-css hands values over with the spaces after commas removed; messages quote that text. */
    @Test
    void badRadialGradientsAreNamed() {
        assertEquals(List.of(
            "Invalid value \"radial-gradient(circle 10px 20px,red,blue)\" for background-image. Allowed: "
                + BackgroundProperties.IMAGE,
            "Invalid value \"radial-gradient(circle 50%,red,blue)\" for background-image. Allowed: "
                + BackgroundProperties.IMAGE,
            "Invalid value \"radial-gradient(huge,red,blue)\" for background-image. Allowed: "
                + BackgroundProperties.IMAGE),
            Styles.of("<div style='background-image: radial-gradient(circle 10px 20px, red, blue);"
                + " background-image: radial-gradient(circle 50%, red, blue);"
                + " background-image: radial-gradient(huge, red, blue)'></div>").messages());
    }

    @Test
    void backgroundClipTextAndTextFill() {
        Styles s = Styles.of("<div style='-webkit-background-clip: text; -webkit-text-fill-color: transparent;"
            + " color: red'><span id=t></span></div>");
        assertFalse(s.id("t").backgroundClipText);
        assertEquals(0, s.id("t").textFill());
        assertTrue(Styles.inline("background-clip: border-box, text").backgroundClipText);
        assertFalse(Styles.inline("background-clip: text, border-box").backgroundClipText);
        assertEquals(0xFFFF0000, Styles.inline("color: red; -webkit-text-fill-color: currentColor").textFill());
        assertEquals(List.of("Invalid value \"round\" for background-clip. Allowed: "
            + "border-box | padding-box | content-box | text, ..."),
            Styles.of("<div style='background-clip: round'></div>").messages());
    }

    @Test
    void colourHintsSitBetweenTwoStops() {
        LinearGradient g = (LinearGradient) Styles.inline("font-size: 10px;"
            + " background-image: linear-gradient(red, 2em, blue)").backgroundImages.get(0);
        assertEquals(List.of(new ColorStop(0xFFFF0000, null), new ColorStop(0, Length.px(20), true),
            new ColorStop(0xFF0000FF, null)), g.stops());
        assertTrue(radial("radial-gradient(red, 30%, blue)").stops().get(1).hint());
        String allowed = " for background-image. Allowed: " + BackgroundProperties.IMAGE;
        assertEquals(List.of(
            "Invalid value \"linear-gradient(10%,red,blue)\"" + allowed,
            "Invalid value \"linear-gradient(red,10%,20%,blue)\"" + allowed,
            "Invalid value \"linear-gradient(red,blue,10%)\"" + allowed),
            Styles.of("<div style='background-image: linear-gradient(10%, red, blue);"
                + " background-image: linear-gradient(red, 10%, 20%, blue);"
                + " background-image: linear-gradient(red, blue, 10%)'></div>").messages());
    }

    private static RadialGradient radial(String css) {
        return (RadialGradient) Styles.inline("background-image: " + css).backgroundImages.get(0);
    }
}
