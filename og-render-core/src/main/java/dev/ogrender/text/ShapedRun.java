package dev.ogrender.text;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;

/**
 * A run of text in one font, shaped once (HarfBuzz through Java2D, with kerning and ligatures as
 * Chromium applies them), with the advance of every character so that line breaking can measure any
 * slice without shaping again, and painting draws exactly the glyphs that were measured.
 */
public final class ShapedRun {

    private final String text;
    private final FontFace face;
    private final Font font;
    private final float size;
    private final float letterSpacing;
    private final float wordSpacing;
    private final GlyphVector glyphs;
    /** Advance of each char, letter-spacing included; 0 for chars that are part of a previous cluster. */
    private final float[] charAdvance;
    /** Start x of each glyph, from the shaper. */
    private final float[] glyphX;

    ShapedRun(String text, FontFace face, float size, float letterSpacing, float wordSpacing, FontRenderContext frc) {
        this.wordSpacing = wordSpacing;
        this.text = text;
        this.face = face;
        this.size = size;
        this.letterSpacing = letterSpacing;
        // Chromium disables optional ligatures when letter-spacing is set.
        this.font = face.font(size, letterSpacing == 0);
        char[] chars = text.toCharArray();
        this.glyphs = font.layoutGlyphVector(frc, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int n = glyphs.getNumGlyphs();
        this.glyphX = new float[n + 1];
        float[] positions = glyphs.getGlyphPositions(0, n + 1, null);
        for (int i = 0; i <= n; i++) {
            glyphX[i] = positions[2 * i];
        }
        this.charAdvance = new float[chars.length];
        for (int i = 0; i < n; i++) {
            int c = glyphs.getGlyphCharIndex(i);
            if (c >= 0 && c < chars.length) {
                charAdvance[c] += glyphX[i + 1] - glyphX[i];
            }
        }
        if (wordSpacing != 0) {
            for (int c = 0; c < chars.length; c++) {
                if (isWordSeparator(chars[c])) {
                    charAdvance[c] += wordSpacing;
                }
            }
        }
        if (letterSpacing != 0) {
            for (int c = 0; c < chars.length; c++) {
                if (!Character.isLowSurrogate(chars[c])) {
                    charAdvance[c] += letterSpacing;
                }
            }
        }
    }

    /** @return whether word-spacing applies after a char (CSS Text 3, section 8.1: word-separator characters) */
    private static boolean isWordSeparator(char c) {
        return c == ' ' || c == '\u00A0';
    }

    /** @return the text that was shaped */
    public String text() {
        return text;
    }

    /** @return the face drawn with */
    public FontFace face() {
        return face;
    }

    /** @return the font size in px */
    public float size() {
        return size;
    }

    /**
     * @param start first char, inclusive
     * @param end   last char, exclusive
     * @return the advance width of the slice in px
     */
    public float width(int start, int end) {
        float w = 0;
        for (int i = start; i < end; i++) {
            w += charAdvance[i];
        }
        return w;
    }

    /** @return the advance of one char (0 inside a ligature or surrogate pair) */
    public float advance(int index) {
        return charAdvance[index];
    }

    /**
     * Builds the glyphs of a slice, positioned from x = 0 on the baseline, for painting.
     *
     * @param start first char, inclusive
     * @param end   last char, exclusive
     * @param frc   the render context to build with
     * @return the glyph vector
     */
    public GlyphVector glyphs(int start, int end, FontRenderContext frc) {
        int n = glyphs.getNumGlyphs();
        int[] codes = new int[n];
        float[] xs = new float[n];
        int count = 0;
        float origin = Float.NaN;
        float[] extra = wordSpacing == 0 ? null : wordOffsets(start, end);
        for (int i = 0; i < n; i++) {
            int c = glyphs.getGlyphCharIndex(i);
            if (c < start || c >= end) {
                continue;
            }
            if (Float.isNaN(origin)) {
                origin = glyphX[i];
            }
            codes[count] = glyphs.getGlyphCode(i);
            xs[count] = glyphX[i] - origin + letterSpacing * (c - start) + (extra == null ? 0 : extra[c - start]);
            count++;
        }
        GlyphVector gv = font.createGlyphVector(frc, java.util.Arrays.copyOf(codes, count));
        if (count == 0) {
            return gv;
        }
        Point2D.Float p = new Point2D.Float();
        for (int i = 0; i < count; i++) {
            p.x = xs[i];
            p.y = 0;
            gv.setGlyphPosition(i, p);
        }
        return gv;
    }

    /** @return for each char of a slice, the word spacing added before it within the slice */
    private float[] wordOffsets(int start, int end) {
        float[] extra = new float[end - start];
        float sum = 0;
        for (int c = start; c < end; c++) {
            extra[c - start] = sum;
            if (isWordSeparator(text.charAt(c))) {
                sum += wordSpacing;
            }
        }
        return extra;
    }
}
