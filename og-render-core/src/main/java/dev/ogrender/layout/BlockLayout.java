package dev.ogrender.layout;

import dev.ogrender.style.Keywords.Overflow;

/**
 * Block flow (CSS 2.2 chapter 9.4.1 and 10.3.3): children stacked vertically, auto widths filling the
 * containing block, and vertical margins collapsing between siblings and through a parent to its first
 * and last child, as Chromium does. Also the entry that lays out any box's insides.
 */
final class BlockLayout {

    private BlockLayout() {
    }

    /**
     * Lays out a box whose border-box width is decided, and its height when definite.
     *
     * @param b            the box; its edges must be resolved
     * @param borderWidth  the used border-box width
     * @param borderHeight the definite border-box height, or NaN to size to content
     * @param cbHeight     the containing block height for min/max-height percentages, or NaN
     */
    static void layoutInside(LayoutBox b, float borderWidth, float borderHeight, float cbHeight,
            LayoutContext ctx) {
        b.width = borderWidth;
        float contentWidth = Math.max(0, borderWidth - b.horizontalPaddingBorder());
        float contentHeight = Float.isNaN(borderHeight) ? Float.NaN
                : Math.max(0, borderHeight - b.verticalPaddingBorder());
        b.topEscapes = false;
        b.bottomEscapes = false;
        float used;
        if (ReplacedSizing.is(b)) {
            used = Float.isNaN(contentHeight) ? ReplacedSizing.autoHeight(b, contentWidth) : contentHeight;
        } else if (b.kind == LayoutBox.Kind.FLEX) {
            used = FlexLayout.layout(b, contentWidth, contentHeight, ctx);
        } else if (b.inline != null) {
            used = layoutLines(b, contentWidth, ctx);
        } else {
            used = layoutChildren(b, contentWidth, contentHeight, ctx);
        }
        b.height = Float.isNaN(borderHeight)
                ? BoxModel.clampHeight(b, used + b.verticalPaddingBorder(), cbHeight) : borderHeight;
    }

    private static float layoutLines(LayoutBox b, float contentWidth, LayoutContext ctx) {
        Paragraph p = paragraph(b, ctx);
        b.lines = LineBuilder.layout(p, contentWidth, b.style, ctx);
        AtomicInlines.position(b);
        if (b.lines.isEmpty()) {
            return 0;
        }
        LineBox last = b.lines.get(b.lines.size() - 1);
        return last.top() + last.height();
    }

    static Paragraph paragraph(LayoutBox b, LayoutContext ctx) {
        if (b.inline.paragraph == null) {
            b.inline.paragraph = Paragraph.prepare(b.inline, ctx.measurer());
        }
        return b.inline.paragraph;
    }

    private static float layoutChildren(LayoutBox b, float contentWidth, float contentHeight, LayoutContext ctx) {
        boolean ownsMargins = isBlockFormattingRoot(b);
        boolean topEscapes = !ownsMargins && b.paddingBorder(0) == 0;
        CollapsedMargin pending = new CollapsedMargin();
        float y = 0;
        boolean first = true;
        for (LayoutBox child : b.children) {
            if (child.isAbsolute()) {
                continue;
            }
            placeWidth(child, contentWidth);
            float height = BoxModel.specifiedHeight(child, contentHeight);
            if (Float.isNaN(height)) {
                height = BoxModel.ratioHeight(child, child.width);
            }
            // min/max-height win over a specified height too (CSS 2.2 10.7); NaN stays NaN
            height = BoxModel.clampHeight(child, height, contentHeight);
            layoutInside(child, child.width, height, contentHeight, ctx);
            pending.add(child.margin[0]);
            if (child.topEscapes) {
                pending.add(child.escapedTopPositive, child.escapedTopNegative);
            }
            if (first && topEscapes) {
                b.topEscapes = true;
                b.escapedTopPositive = pending.positive;
                b.escapedTopNegative = pending.negative;
                child.y = b.paddingBorder(0);
            } else {
                child.y = b.paddingBorder(0) + y + pending.value();
            }
            pending.reset();
            child.x = b.paddingBorder(3) + child.margin[3];
            y = child.y - b.paddingBorder(0) + child.height;
            pending.add(child.margin[2]);
            if (child.bottomEscapes) {
                pending.add(child.escapedBottomPositive, child.escapedBottomNegative);
            }
            first = false;
        }
        boolean bottomEscapes = !ownsMargins && b.paddingBorder(2) == 0 && b.style.height.isAuto() && !first;
        if (bottomEscapes) {
            b.bottomEscapes = true;
            b.escapedBottomPositive = pending.positive;
            b.escapedBottomNegative = pending.negative;
            return y;
        }
        return y + pending.value();
    }

    /** Width and horizontal auto margins of a block-level box in normal flow (CSS 2.2 10.3.3). */
    static void placeWidth(LayoutBox child, float cbWidth) {
        BoxModel.resolveEdges(child, cbWidth);
        float width = BoxModel.specifiedWidth(child, cbWidth);
        if (Float.isNaN(width) && ReplacedSizing.is(child)) {
            width = ReplacedSizing.autoWidth(child, Float.NaN) + child.horizontalPaddingBorder();
        }
        if (Float.isNaN(width)) {
            // aspect-ratio with a definite height gives the auto width (percent heights count as auto here).
            width = BoxModel.ratioWidth(child, BoxModel.specifiedHeight(child, Float.NaN));
        }
        if (Float.isNaN(width)) {
            width = BoxModel.clampWidth(child, cbWidth - child.horizontalMargins(), cbWidth);
        } else {
            width = BoxModel.clampWidth(child, width, cbWidth);
        }
        float free = cbWidth - width - child.horizontalMargins();
        if (child.autoMargin[1] && child.autoMargin[3]) {
            child.margin[1] = child.margin[3] = Math.max(0, free) / 2;
        } else if (child.autoMargin[3]) {
            child.margin[3] = Math.max(0, free);
        } else if (child.autoMargin[1]) {
            child.margin[1] = Math.max(0, free);
        }
        child.width = width;
    }

    private static boolean isBlockFormattingRoot(LayoutBox b) {
        return b.formattingRoot || b.style.overflow == Overflow.HIDDEN || b.isAbsolute();
    }

    /** The set of adjoining margins being collapsed: the largest positive plus the most negative. */
    private static final class CollapsedMargin {
        float positive;
        float negative;

        void add(float margin) {
            positive = Math.max(positive, margin);
            negative = Math.min(negative, margin);
        }

        void add(float pos, float neg) {
            positive = Math.max(positive, pos);
            negative = Math.min(negative, neg);
        }

        float value() {
            return positive + negative;
        }

        void reset() {
            positive = 0;
            negative = 0;
        }
    }
}
