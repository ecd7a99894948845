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
    void everyTemplateHasTheTagsAndRendersWithoutWarnings() {
        dev.ogrender.api.OgRenderer renderer = dev.ogrender.api.OgRenderer.builder().build();
        for (String name : BenchInputs.TEMPLATES) {
            String html = BenchInputs.template(name);
            assertTrue(html.contains("{{title}}"), name + " lacks {{title}}");
            assertEquals(java.util.List.of(), renderer.template(html).render(BenchInputs.DATA).warnings(), name);
        }
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

    @Test
    void imageCardIsTheReferenceCardWithAnAvatarImage() {
        String image = BenchInputs.template("image");
        assertTrue(image.contains("<img class=\"avatar\" src=\"data:image/png;base64,iVBORw0KGgo"), "a data: URI PNG avatar");
        assertEquals(BenchInputs.template("reference").replace("<div class=\"avatar\"></div>", ""),
                image.replaceAll("<img class=\"avatar\" src=\"[^\"]+\">", ""));
    }
}
