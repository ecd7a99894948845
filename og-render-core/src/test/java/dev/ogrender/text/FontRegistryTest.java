package dev.ogrender.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FontRegistryTest {

    private final FontRegistry fonts = FontRegistry.bundled();

    @Test
    void matchesTheNearestWeightAndStyle() {
        FontFace bold = fonts.match(List.of("inter"), 700, false);
        assertEquals(700, bold.weight());
        assertTrue(!bold.italic());
        FontFace italic = fonts.match(List.of("serif"), 300, true);
        assertEquals(300, italic.weight());
        assertTrue(italic.italic());
    }

    @Test
    void aRepeatedRequestGetsTheSameFace() {
        assertSame(fonts.match(List.of("sans-serif"), 600, false), fonts.match(List.of("sans-serif"), 600, false));
    }

    @Test
    void aRememberedMatchDoesNotHoldTheCallersList() {
        List<String> families = new ArrayList<>(List.of("inter"));
        FontFace first = fonts.match(families, 800, false);
        families.set(0, "no-such-family");
        families.add("inter");
        assertEquals(first.weight(), fonts.match(List.of("inter"), 800, false).weight());
        assertEquals(800, fonts.match(families, 800, false).weight());
    }
}
