package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "#f00 | FFFF0000",
        "#f008 | 88FF0000",
        "#667eea | FF667EEA",
        "#667EEA80 | 80667EEA",
        "red | FFFF0000",
        "RebeccaPurple | FF663399",
        "lightgoldenrodyellow | FFFAFAD2",
        "transparent | 00000000",
        "rgb(255, 0, 0) | FFFF0000",
        "rgba(0, 0, 255, 0.5) | 800000FF",
        "rgb(0 128 0) | FF008000",
        "rgb(0 0 0 / 50%) | 80000000",
        "rgb(100%, 50%, 0%) | FFFF8000",
        "rgba(0,0,0,.25) | 40000000",
        "rgb(300, -5, 0) | FFFF0000",
        "hsl(0, 100%, 50%) | FFFF0000",
        "hsl(120deg 100% 25%) | FF008000",
        "hsla(240, 100%, 50%, 0.5) | 800000FF",
        "hsl(0.5turn 100% 50% / 1) | FF00FFFF",
    })
    void parses(String css, String argb) {
        assertEquals((int) Long.parseLong(argb, 16), Styles.inline("color: " + css).color, css);
    }

    @Test
    void allNamedColours() {
        assertEquals(148, NamedColors.size());
    }

    @Test
    void invalidColourKeepsInherited() {
        Styles s = Styles.of("<div id=t style='color: #12'></div>");
        assertEquals(0xFF000000, s.id("t").color);
        assertEquals("Invalid value \"#12\" for color. Allowed: " + Colors.ALLOWED, s.messages().get(0));
    }
}
