package dev.ogrender.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchInputsTest {

    @Test
    void cardTemplateHasTheThreeTagsAndNoPeerPlaceholder() {
        String html = BenchInputs.cardTemplate();
        for (String tag : new String[] {"{{category}}", "{{title}}", "{{author}}"}) {
            assertTrue(html.contains(tag), tag);
        }
        assertTrue(!html.contains("FONT_FACES"), "peer font placeholder left in");
    }

    @Test
    void titleCountIsAPowerOfTwoForTheIndexMask() {
        assertEquals(0, BenchInputs.TITLES.length & (BenchInputs.TITLES.length - 1));
    }

    @Test
    void cardImageIsOpenGraphSize() {
        var image = BenchInputs.cardImage();
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
    }
}
