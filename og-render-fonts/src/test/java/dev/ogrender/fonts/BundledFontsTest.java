package dev.ogrender.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BundledFontsTest {

    @Test
    void listsNineWeightsUprightAndItalic() {
        assertEquals(18, BundledFonts.faces().size());
        for (int weight = 100; weight <= 900; weight += 100) {
            int w = weight;
            assertEquals(2, BundledFonts.faces().stream().filter(f -> f.weight() == w).count());
        }
        assertEquals(9, BundledFonts.faces().stream().filter(BundledFace::italic).count());
    }

    @Test
    void everyFaceLoadsAsTrueTypeWithTheRightStyle() throws Exception {
        for (BundledFace face : BundledFonts.faces()) {
            try (InputStream in = face.open()) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                assertTrue(font.getFamily(java.util.Locale.ROOT).startsWith("Inter"), face.resource());
                assertEquals(face.italic(), font.getFontName(java.util.Locale.ROOT).contains("Italic"),
                        face.resource());
            }
        }
    }

    @Test
    void licenceShipsBesideTheFonts() throws Exception {
        try (InputStream in = BundledFonts.class.getClassLoader().getResourceAsStream(BundledFonts.LICENSE_RESOURCE)) {
            assertNotNull(in);
            assertTrue(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("SIL Open Font License"));
        }
    }
}
