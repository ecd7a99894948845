package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;

/**
 * The fragment of a non-atomic inline box (a padded {@code <code>}, a highlighted {@code <mark>}) on one
 * line: its border box, absolute, in CSS pixels. A box broken across lines has one fragment per line,
 * sliced (box-decoration-break: slice): only the first has the start border, padding and corners, only
 * the last the end ones. Immutable.
 *
 * @param style  the inline element's style (backgrounds, borders, radii)
 * @param x      left of the border box
 * @param y      top of the border box
 * @param width  border-box width
 * @param height border-box height: the font's content area plus vertical padding and border
 * @param first  whether this fragment has the box's start (left) edges
 * @param last   whether this fragment has the box's end (right) edges
 */
public record InlineBoxFragment(ComputedStyle style, float x, float y, float width, float height, boolean first,
        boolean last) {
}
