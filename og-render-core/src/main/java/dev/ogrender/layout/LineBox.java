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
 * @param spans    the fragments of decorated inline boxes on the line, in tree order
 */
record LineBox(float top, float height, float baseline, float width, List<Piece> pieces, List<Span> spans) {

    LineBox(float top, float height, float baseline, float width, List<Piece> pieces) {
        this(top, height, baseline, width, pieces, List.of());
    }

    /**
     * The fragment of a non-atomic inline box on this line: its border box.
     *
     * @param style  the inline element's style
     * @param x      left edge relative to the block's content box
     * @param top    top relative to the line's baseline
     * @param width  border-box width
     * @param height border-box height (content area, padding and border)
     * @param first  whether this is the box's first fragment (it has the start edges)
     * @param last   whether this is the box's last fragment (it has the end edges)
     */
    record Span(ComputedStyle style, float x, float top, float width, float height, boolean first, boolean last) {
    }

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
