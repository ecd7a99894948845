package dev.ogrender.layout;

import dev.ogrender.style.Keywords.FlexDirection;
import dev.ogrender.style.Keywords.FlexWrap;
import dev.ogrender.style.Length;

/**
 * Min-content and max-content widths (CSS Sizing 3), as border-box widths without margins. Used for
 * flex base sizes, automatic minimum sizes and shrink-to-fit widths. Cached per box.
 */
final class IntrinsicSizes {

    private IntrinsicSizes() {
    }

    static float maxContent(LayoutBox b, LayoutContext ctx) {
        if (Float.isNaN(b.maxContentWidth)) {
            b.maxContentWidth = compute(b, ctx, true);
        }
        return b.maxContentWidth;
    }

    static float minContent(LayoutBox b, LayoutContext ctx) {
        if (Float.isNaN(b.minContentWidth)) {
            b.minContentWidth = compute(b, ctx, false);
        }
        return b.minContentWidth;
    }

    /**
     * The min-content width of a box's content plus its padding and border, ignoring its own width
     * property: the content size suggestion of a flex item's automatic minimum size (Flexbox 4.5).
     */
    static float minContentOfContent(LayoutBox b, LayoutContext ctx) {
        return compute(b, ctx, false, false);
    }

    private static float compute(LayoutBox b, LayoutContext ctx, boolean max) {
        return compute(b, ctx, max, true);
    }

    private static float compute(LayoutBox b, LayoutContext ctx, boolean max, boolean ownWidth) {
        float edges = paddingBorder(b);
        if (ownWidth && b.style.width.unit() == Length.Unit.PX) {
            return clamp(b, borderBox(b, b.style.width.value(), edges), edges);
        }
        if (!max && ReplacedSizing.is(b)) {
            float compressed = compressedReplaced(b, ownWidth, edges);
            if (!Float.isNaN(compressed)) {
                return compressed;
            }
        }
        float content;
        if (ReplacedSizing.is(b)) {
            content = ReplacedSizing.autoWidth(b, Float.NaN);
        } else if (b.inline != null) {
            Paragraph p = BlockLayout.paragraph(b, ctx);
            p.useIntrinsicAtomicWidths(max, ctx);
            content = max ? p.maxContentWidth() : p.minContentWidth();
        } else if (b.kind == LayoutBox.Kind.FLEX && isRow(b) && (max || b.style.flexWrap == FlexWrap.NOWRAP)) {
            content = 0;
            int n = 0;
            for (LayoutBox child : b.children) {
                if (!child.isAbsolute()) {
                    content += contribution(child, ctx, max);
                    n++;
                }
            }
            content += Math.max(0, n - 1) * b.style.columnGap.resolve(Float.NaN, 0);
        } else {
            content = 0;
            for (LayoutBox child : b.children) {
                if (!child.isAbsolute()) {
                    content = Math.max(content, contribution(child, ctx, max));
                }
            }
        }
        return clamp(b, content + edges, edges);
    }

    /**
     * CSS Sizing 3, 5.2.2: a replaced element whose width or max-width is a percentage is compressible;
     * for its min-content contribution the percentage resolves against zero (Chromium does the same), so
     * {@code width: 100%} on an image does not hold its column open at the image's natural width.
     *
     * @return the border-box min-content width, or NaN when neither width nor max-width has a percentage
     */
    private static float compressedReplaced(LayoutBox b, boolean ownWidth, float edges) {
        Length w = b.style.width;
        Length maxW = b.style.maxWidth;
        boolean pctWidth = ownWidth && hasPercentage(w);
        if (!pctWidth && !hasPercentage(maxW)) {
            return Float.NaN;
        }
        float width = pctWidth ? borderBox(b, w.resolve(0), edges)
                : ReplacedSizing.autoWidth(b, Float.NaN) + edges;
        if (hasPercentage(maxW)) {
            width = Math.min(width, borderBox(b, maxW.resolve(0), edges));
        }
        if (b.style.minWidth.unit() == Length.Unit.PX) {
            width = Math.max(width, borderBox(b, b.style.minWidth.value(), edges));
        }
        return Math.max(width, edges);
    }

    private static boolean hasPercentage(Length l) {
        return l.unit() == Length.Unit.PERCENT || l.unit() == Length.Unit.CALC;
    }

    /** Horizontal padding and border; percentages of the unknown containing block count as 0. */
    private static float paddingBorder(LayoutBox b) {
        return b.style.padding[1].resolve(Float.NaN, 0) + b.style.padding[3].resolve(Float.NaN, 0)
                + b.style.borderWidth[1] + b.style.borderWidth[3];
    }

    private static float borderBox(LayoutBox b, float specified, float edges) {
        return b.style.boxSizing == dev.ogrender.style.Keywords.BoxSizing.BORDER_BOX
                ? Math.max(specified, edges) : specified + edges;
    }

    private static float clamp(LayoutBox b, float width, float edges) {
        if (b.style.maxWidth.unit() == Length.Unit.PX) {
            width = Math.min(width, borderBox(b, b.style.maxWidth.value(), edges));
        }
        if (b.style.minWidth.unit() == Length.Unit.PX) {
            width = Math.max(width, borderBox(b, b.style.minWidth.value(), edges));
        }
        return Math.max(width, edges);
    }

    private static float contribution(LayoutBox child, LayoutContext ctx, boolean max) {
        float size = max ? maxContent(child, ctx) : minContent(child, ctx);
        return size + child.style.margin[1].resolve(Float.NaN, 0) + child.style.margin[3].resolve(Float.NaN, 0);
    }

    static boolean isRow(LayoutBox b) {
        return b.style.flexDirection == FlexDirection.ROW || b.style.flexDirection == FlexDirection.ROW_REVERSE;
    }
}
