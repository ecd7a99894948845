package dev.ogrender.text;

import dev.ogrender.style.ComputedStyle;

/**
 * The seam between layout and fonts: layout asks for faces and shaped text by computed style and never
 * touches Java2D itself.
 */
public interface TextMeasurer {

    /**
     * @param style a computed style
     * @return the face its font properties select
     */
    FontFace face(ComputedStyle style);

    /**
     * Shapes text in the font of a style.
     *
     * @param text  processed text (white space collapsed, transformed)
     * @param style the style giving font and letter-spacing
     * @return the shaped run
     */
    default ShapedRun shape(String text, ComputedStyle style) {
        return TextShaper.shape(text, face(style), style.fontSize, style.letterSpacing, style.wordSpacing);
    }

    /**
     * @param registry the fonts to match against
     * @return a measurer over a registry
     */
    static TextMeasurer of(FontRegistry registry) {
        return style -> registry.match(style.fontFamily, style.fontWeight, style.italic);
    }
}
