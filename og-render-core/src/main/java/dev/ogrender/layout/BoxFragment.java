package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import java.util.List;

/**
 * The result of layout for one box: absolute border-box geometry in CSS pixels (floats, never
 * rounded), its text lines, and its child boxes in document order. Immutable.
 *
 * @param name     a label for snapshots and errors ({@code div.footer}, {@code anonymous})
 * @param style    the computed style (paint reads colours, borders, radii, opacity from it)
 * @param x        left of the border box
 * @param y        top of the border box
 * @param width    border-box width
 * @param height   border-box height
 * @param text     the glyph runs of this box's own lines
 * @param children child boxes, in document order (positioned ones included)
 */
public record BoxFragment(String name, ComputedStyle style, float x, float y, float width, float height,
        List<TextFragment> text, List<BoxFragment> children) {

    /** @return the border widths top, right, bottom, left */
    public float[] border() {
        return style.borderWidth;
    }
}
