package dev.ogrender.layout;

import dev.ogrender.style.Keywords.Align;

/**
 * align-items / align-self: baseline in row flex containers (CSS Flexbox 8.3 and 9.4 step 8): the items
 * of a line that align on their baselines share one, the line is tall enough for the most above and
 * the most below it, and each item moves down by the difference. An item without a line of text
 * synthesizes its baseline from its border-box bottom. Column containers fall back to flex-start.
 */
final class FlexBaselines {

    private FlexBaselines() {
    }

    /** @return whether an item takes part in baseline alignment */
    static boolean participates(FlexItem item, boolean row) {
        LayoutBox b = item.box;
        return row && item.align == Align.BASELINE && !b.autoMargin[0] && !b.autoMargin[2];
    }

    /** @return the item's first baseline, from its margin-box top */
    static float of(FlexItem item) {
        LayoutBox b = item.box;
        float inner = firstLine(b);
        return b.margin[0] + (Float.isNaN(inner) ? item.cross : inner);
    }

    /** @return the line's cross size grown to hold its baseline-aligned items, and their shared baseline */
    static float[] lineSize(FlexLine line, boolean row, float crossSize) {
        float above = Float.NEGATIVE_INFINITY;
        float below = 0;
        for (FlexItem item : line.items) {
            if (participates(item, row)) {
                float a = of(item);
                above = Math.max(above, a);
                below = Math.max(below, item.outerCross() - a);
            }
        }
        if (above == Float.NEGATIVE_INFINITY) {
            return new float[] {crossSize, Float.NaN};
        }
        return new float[] {Math.max(crossSize, above + below), above};
    }

    /** @return the first line baseline inside a box, from its border-box top; NaN when none */
    private static float firstLine(LayoutBox b) {
        if (!b.lines.isEmpty()) {
            return b.paddingBorder(0) + b.lines.get(0).baseline();
        }
        for (LayoutBox child : b.children) {
            if (child.isAbsolute()) {
                continue;
            }
            float r = firstLine(child);
            if (!Float.isNaN(r)) {
                return child.y + r;
            }
        }
        return Float.NaN;
    }
}
