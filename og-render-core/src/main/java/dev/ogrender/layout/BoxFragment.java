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
 * @param padding  used padding top, right, bottom, left, px (for content-box image areas)
 * @param inlineBoxes the fragments of decorated inline boxes in this box's lines, in tree order per line
 */
public record BoxFragment(String name, ComputedStyle style, float x, float y, float width, float height,
        List<TextFragment> text, List<BoxFragment> children, float[] padding, List<InlineBoxFragment> inlineBoxes) {

    /** A fragment without inline boxes. */
    public BoxFragment(String name, ComputedStyle style, float x, float y, float width, float height,
            List<TextFragment> text, List<BoxFragment> children, float[] padding) {
        this(name, style, x, y, width, height, text, children, padding, List.of());
    }

    /** A fragment whose padding is not needed (treated as 0). */
    public BoxFragment(String name, ComputedStyle style, float x, float y, float width, float height,
            List<TextFragment> text, List<BoxFragment> children) {
        this(name, style, x, y, width, height, text, children, new float[4]);
    }

    /** @return the content box: x, y, width, height */
    public float[] contentBox() {
        float[] b = style.borderWidth;
        float left = x + b[3] + padding[3];
        float top = y + b[0] + padding[0];
        return new float[] {left, top, Math.max(0, width - b[1] - b[3] - padding[1] - padding[3]),
            Math.max(0, height - b[0] - b[2] - padding[0] - padding[2])};
    }

    /** @return the border widths top, right, bottom, left */
    public float[] border() {
        return style.borderWidth;
    }
}
