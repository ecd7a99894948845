package dev.ogrender.fonts;

import java.util.ArrayList;
import java.util.List;

/**
 * The fonts that ship with og-render: the 18 static Inter faces (weights 100 to 900, upright and italic)
 * from npm {@code @expo-google-fonts/inter@0.4.2}, under the SIL Open Font License 1.1
 * ({@code dev/ogrender/fonts/inter/OFL.txt}).
 *
 * <p>og-render never reads system fonts; these faces are what {@code sans-serif} and the other generic
 * families resolve to.
 */
public final class BundledFonts {

    /** The family name every bundled face carries. */
    public static final String INTER = "Inter";

    /** The classpath resource holding the licence text. */
    public static final String LICENSE_RESOURCE = "dev/ogrender/fonts/inter/OFL.txt";

    private static final String[] WEIGHT_NAMES = {
        "Thin", "ExtraLight", "Light", "Regular", "Medium", "SemiBold", "Bold", "ExtraBold", "Black"
    };

    private static final List<BundledFace> FACES = buildFaces();

    private BundledFonts() {
    }

    /**
     * Lists every bundled face.
     *
     * @return an immutable list of 18 faces, upright before italic, by weight
     */
    public static List<BundledFace> faces() {
        return FACES;
    }

    private static List<BundledFace> buildFaces() {
        List<BundledFace> faces = new ArrayList<>();
        for (boolean italic : new boolean[] {false, true}) {
            for (int i = 0; i < WEIGHT_NAMES.length; i++) {
                int weight = (i + 1) * 100;
                String file = "Inter_" + weight + WEIGHT_NAMES[i] + (italic ? "_Italic" : "") + ".ttf";
                faces.add(new BundledFace(INTER, weight, italic, "dev/ogrender/fonts/inter/" + file));
            }
        }
        return List.copyOf(faces);
    }
}
