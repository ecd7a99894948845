package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import dev.ogrender.text.ShapedRun;

/**
 * A slice of shaped text placed on the page.
 *
 * @param run      the shaped run the glyphs come from
 * @param start    first char of the slice, inclusive
 * @param end      last char, exclusive
 * @param x        left edge of the slice, absolute
 * @param baseline baseline y, absolute
 * @param width    advance width
 * @param lineTop  top of the line box, absolute
 * @param lineHeight height of the line box
 * @param style    the style of the text (colour)
 */
public record TextFragment(ShapedRun run, int start, int end, float x, float baseline, float width,
        float lineTop, float lineHeight, ComputedStyle style) {

    /** @return the characters of the slice */
    public String content() {
        return run.text().substring(start, end);
    }
}
