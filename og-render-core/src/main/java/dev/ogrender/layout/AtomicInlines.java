package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.Keywords.Overflow;
import dev.ogrender.style.Keywords.VerticalAlign;
import dev.ogrender.text.FontFace;
import dev.ogrender.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;

/**
 * Atomic inline-level boxes (CSS 2.2 10.3.9 and 10.8): inline-block and inline-flex boxes sized
 * shrink-to-fit, standing in the paragraph text as one U+FFFC char whose advance is the margin-box
 * width, and aligned in their line by vertical-align. A replaced element (an image) can take the same
 * path with its own box.
 */
final class AtomicInlines {

    /** Blink's fixed-point layout unit: 1/64 px. */
    private static final float LAYOUT_UNIT = 64;

    /** The object replacement character that stands for an atomic inline in the paragraph text. */
    static final char OBJECT = '\uFFFC';

    private AtomicInlines() {
    }

    /**
     * Lays out a box shrink-to-fit (CSS 2.2 10.3.9) in the line's width.
     *
     * @return its margin-box width, the advance of its char
     */
    static float layout(LayoutBox b, float available, LayoutContext ctx) {
        BoxModel.resolveEdges(b, available);
        float width = BoxModel.specifiedWidth(b, available);
        if (Float.isNaN(width)) {
            width = BoxModel.ratioWidth(b, BoxModel.specifiedHeight(b, Float.NaN));
        }
        if (Float.isNaN(width)) {
            float min = IntrinsicSizes.minContent(b, ctx);
            float max = IntrinsicSizes.maxContent(b, ctx);
            width = Math.min(max, Math.max(min, available - b.horizontalMargins()));
        }
        width = BoxModel.clampWidth(b, width, available);
        float height = BoxModel.specifiedHeight(b, Float.NaN);
        if (Float.isNaN(height)) {
            height = BoxModel.ratioHeight(b, width);
        }
        height = BoxModel.clampHeight(b, height, Float.NaN);
        BlockLayout.layoutInside(b, width, height, Float.NaN, ctx);
        return width + b.horizontalMargins();
    }

    /** @return the box's min-content or max-content margin-box width */
    static float intrinsic(LayoutBox b, boolean max, LayoutContext ctx) {
        float w = max ? IntrinsicSizes.maxContent(b, ctx) : IntrinsicSizes.minContent(b, ctx);
        return w + b.style.margin[1].resolve(Float.NaN, 0) + b.style.margin[3].resolve(Float.NaN, 0);
    }

    /**
     * Places a laid-out box on a line at x and adds it to the line's height by its vertical-align.
     * top and bottom alignment depend on the finished line; {@link #finish} places those.
     *
     * @return the x after the box
     */
    static float place(LayoutBox b, float x, float advance, ComputedStyle parent, TextMeasurer measurer,
            LineBuilder.VerticalExtent extent, List<LineBox.Piece> pieces) {
        float h = b.height + b.verticalMargins();
        float baseline = baseline(b);
        FontFace face = measurer.face(parent);
        FontFace.LineMetrics m = face.metrics(parent.fontSize);
        float top = switch (b.style.verticalAlign) {
            case BASELINE -> -baseline;
            case MIDDLE -> -face.hintZones()[2] * parent.fontSize / 2 - h / 2;
            case TEXT_TOP -> -m.ascent();
            case TEXT_BOTTOM -> m.descent() - h;
            // Blink's shifts: a fifth of the font size down, a third up, each plus one pixel.
            case SUB -> -baseline + parent.fontSize / 5 + 1;
            case SUPER -> -baseline - parent.fontSize / 3 - 1;
            case LENGTH -> -baseline - b.style.verticalAlignLength.resolve(lineHeight(parent, m), 0);
            case TOP, BOTTOM -> Float.NaN;
        };
        if (!Float.isNaN(top)) {
            extent.add(-top, top + h);
        }
        pieces.add(new LineBox.Piece(null, 0, 1, x, advance, b.style, b, top));
        return x + advance;
    }

    /**
     * The used line height. Blink holds a specified line height as a LayoutUnit (1/64 px, rounded down):
     * 1.05 x 64px is 67.1875, not 67.2, and the difference adds up over lines and boxes below.
     */
    static float lineHeight(ComputedStyle s, FontFace.LineMetrics m) {
        float lh = s.lineHeightPx();
        return Float.isNaN(lh) ? m.normalLineHeight() : (float) Math.floor(lh * LAYOUT_UNIT) / LAYOUT_UNIT;
    }

    /** Makes the line tall enough for top- and bottom-aligned boxes and places them at its edges. */
    static LineBox finish(float lineTop, LineBuilder.VerticalExtent extent, float width, List<LineBox.Piece> pieces) {
        float above = extent.above;
        float below = extent.below;
        for (LineBox.Piece p : pieces) {
            if (p.box() != null && Float.isNaN(p.top())) {
                float h = p.box().height + p.box().verticalMargins();
                if (above + below < h) {
                    if (p.box().style.verticalAlign == VerticalAlign.TOP) {
                        below = h - above;
                    } else {
                        above = h - below;
                    }
                }
            }
        }
        List<LineBox.Piece> placed = new ArrayList<>(pieces.size());
        for (LineBox.Piece p : pieces) {
            if (p.box() != null && Float.isNaN(p.top())) {
                float h = p.box().height + p.box().verticalMargins();
                float top = p.box().style.verticalAlign == VerticalAlign.TOP ? -above : below - h;
                p = new LineBox.Piece(null, 0, 1, p.x(), p.width(), p.style(), p.box(), top);
            }
            placed.add(p);
        }
        return new LineBox(lineTop, above + below, lineTop + above, width, List.copyOf(placed));
    }

    /** Sets the position of every atomic inline of a block from its lines (relative to the block's border box). */
    static void position(LayoutBox block) {
        for (LineBox line : block.lines) {
            for (LineBox.Piece p : line.pieces()) {
                if (p.box() != null) {
                    p.box().x = block.paddingBorder(3) + p.x() + p.box().margin[3];
                    p.box().y = block.paddingBorder(0) + line.baseline() + p.top() + p.box().margin[0];
                }
            }
        }
    }

    /**
     * The baseline of an inline-block, from its margin-box top: that of its last line box (the first
     * for inline-flex), or its bottom margin edge when it has none or clips its overflow (CSS 2.2 10.8.1).
     */
    static float baseline(LayoutBox b) {
        boolean flex = b.kind == LayoutBox.Kind.FLEX;
        float inner = b.style.overflow == Overflow.HIDDEN ? Float.NaN : lineBaseline(b, flex);
        if (flex && Float.isNaN(inner) && b.style.overflow != Overflow.HIDDEN) {
            // CSS Flexbox 8.5: no item has a baseline, so it is synthesized from the first item's border box
            inner = firstItemBottom(b);
        }
        return Float.isNaN(inner) ? b.height + b.verticalMargins() : b.margin[0] + inner;
    }

    /** @return the border-box bottom of a flex container's first in-flow item, from its border-box top; NaN when none */
    private static float firstItemBottom(LayoutBox b) {
        for (LayoutBox child : b.children) {
            if (!child.isAbsolute()) {
                return child.y + child.height;
            }
        }
        return Float.NaN;
    }

    /** @return the first or last line baseline inside a box, from its border-box top; NaN when none */
    private static float lineBaseline(LayoutBox b, boolean first) {
        if (!b.lines.isEmpty()) {
            LineBox line = b.lines.get(first ? 0 : b.lines.size() - 1);
            return b.paddingBorder(0) + line.baseline();
        }
        for (int i = 0; i < b.children.size(); i++) {
            LayoutBox child = b.children.get(first ? i : b.children.size() - 1 - i);
            if (child.isAbsolute()) {
                continue;
            }
            float r = lineBaseline(child, first);
            if (!Float.isNaN(r)) {
                return child.y + r;
            }
        }
        return Float.NaN;
    }
}
