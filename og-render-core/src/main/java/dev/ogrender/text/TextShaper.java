package dev.ogrender.text;

import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;

/**
 * Shapes text with the render context that painting uses too (anti-aliased, fractional metrics), so
 * that what layout measures is what paint draws.
 */
public final class TextShaper {

    /** The one render context for measuring and drawing text. */
    public static final FontRenderContext FRC = new FontRenderContext(null,
            RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

    private TextShaper() {
    }

    /**
     * @param text          the characters, already white-space processed and transformed
     * @param face          the face to shape with
     * @param size          font size, px
     * @param letterSpacing px added after every character
     * @return the shaped run
     */
    public static ShapedRun shape(String text, FontFace face, float size, float letterSpacing) {
        return new ShapedRun(text, face, size, letterSpacing, 0, FRC);
    }

    /**
     * @param text          the characters, already white-space processed and transformed
     * @param face          the face to shape with
     * @param size          font size, px
     * @param letterSpacing px added after every character
     * @param wordSpacing   px added after every space and no-break space
     * @return the shaped run
     */
    public static ShapedRun shape(String text, FontFace face, float size, float letterSpacing, float wordSpacing) {
        return new ShapedRun(text, face, size, letterSpacing, wordSpacing, FRC);
    }
}
