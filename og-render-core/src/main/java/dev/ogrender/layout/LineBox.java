package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import dev.ogrender.text.ShapedRun;
import java.util.List;

/**
 * One line of inline content.
 *
 * @param top      top of the line box, relative to the block's content box
 * @param height   line box height
 * @param baseline baseline, relative to the block's content box
 * @param width    the width of the line's content, trailing spaces excluded
 * @param pieces   the text on the line, left to right
 */
record LineBox(float top, float height, float baseline, float width, List<Piece> pieces) {

    /**
     * A slice of a shaped run placed on a line.
     *
     * @param run   the shaped text
     * @param start first char, inclusive
     * @param end   last char, exclusive
     * @param x     left edge relative to the block's content box
     * @param width advance width
     * @param style the style of the text (colour, decorations)
     * @param box   for an atomic inline, its box (run is then null), else null
     * @param top   for an atomic inline, its margin-box top relative to the line's baseline
     */
    record Piece(ShapedRun run, int start, int end, float x, float width, ComputedStyle style, LayoutBox box,
            float top) {
        Piece(ShapedRun run, int start, int end, float x, float width, ComputedStyle style) {
            this(run, start, end, x, width, style, null, 0);
        }
    }
}
