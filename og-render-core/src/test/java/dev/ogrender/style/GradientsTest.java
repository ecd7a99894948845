package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradientsTest {

    private static LinearGradient gradient(String css) {
        List<BackgroundLayer> g = Styles.inline("background-image: " + css).backgroundImages;
        assertEquals(1, g.size(), css);
        return (LinearGradient) g.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "red, blue | 180",
        "45deg, red, blue | 45",
        "0.25turn, red, blue | 90",
        "100grad, red, blue | 90",
        "0, red, blue | 0",
        "to top, red, blue | 0",
        "to right, red, blue | 90",
        "to bottom, red, blue | 180",
        "to left, red, blue | 270",
    })
    void angles(String args, float deg) {
        LinearGradient g = gradient("linear-gradient(" + args + ")");
        assertEquals(deg, g.angleDeg(), 1e-4);
        assertEquals(0, g.cornerX());
        assertEquals(0, g.cornerY());
    }

    @Test
    void radians() {
        assertEquals(180f, gradient("linear-gradient(3.14159265rad, red, blue)").angleDeg(), 1e-3);
    }

    @Test
    void corners() {
        LinearGradient g = gradient("linear-gradient(to top right, red, blue)");
        assertEquals(1, g.cornerX());
        assertEquals(-1, g.cornerY());
        LinearGradient h = gradient("linear-gradient(to left bottom, red, blue)");
        assertEquals(-1, h.cornerX());
        assertEquals(1, h.cornerY());
    }

    @Test
    void stops() {
        LinearGradient g = gradient("linear-gradient(red, rgba(0,0,255,.5) 20px, green 30% 60%, #fff)");
        assertEquals(List.of(new ColorStop(0xFFFF0000, null), new ColorStop(0x800000FF, Length.px(20)),
            new ColorStop(0xFF008000, Length.percent(30)), new ColorStop(0xFF008000, Length.percent(60)),
            new ColorStop(0xFFFFFFFF, null)), g.stops());
        assertEquals(false, g.repeating());
    }

    @Test
    void repeatingAndEmStops() {
        LinearGradient g = (LinearGradient) Styles.inline("font-size:10px; background-image:"
            + " repeating-linear-gradient(45deg, currentColor 0 1em, transparent 1em 2em); color: red")
            .backgroundImages.get(0);
        assertEquals(true, g.repeating());
        assertEquals(new ColorStop(0xFFFF0000, Length.px(10)), g.stops().get(1));
        assertEquals(new ColorStop(0, Length.px(20)), g.stops().get(3));
    }

    @Test
    void layersInOrder() {
        List<BackgroundLayer> g = Styles.inline("background-image: linear-gradient(red, blue),"
            + " linear-gradient(90deg, white, black)").backgroundImages;
        assertEquals(180f, ((LinearGradient) g.get(0)).angleDeg());
        assertEquals(90f, ((LinearGradient) g.get(1)).angleDeg());
    }
}
