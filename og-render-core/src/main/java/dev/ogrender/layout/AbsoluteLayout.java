package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;

/**
 * Absolutely positioned boxes (CSS 2.2 10.3.7 and 10.6.4): offsets against the containing block's
 * padding box, shrink-to-fit widths, static position when both offsets of an axis are auto.
 */
final class AbsoluteLayout {

    private AbsoluteLayout() {
    }

    /**
     * Lays out a box and sets its x and y in absolute coordinates (the caller makes them relative).
     *
     * @param staticX where the box would start in flow (its parent's content box), absolute
     * @param staticY likewise
     */
    static void place(LayoutBox b, LayoutEngine.Rect cb, float staticX, float staticY, LayoutContext ctx) {
        b.formattingRoot = true;
        BoxModel.resolveEdges(b, cb.width());
        ComputedStyle s = b.style;
        float top = s.inset[0].resolve(cb.height());
        float right = s.inset[1].resolve(cb.width());
        float bottom = s.inset[2].resolve(cb.height());
        float left = s.inset[3].resolve(cb.width());

        float width = BoxModel.specifiedWidth(b, cb.width());
        if (Float.isNaN(width)) {
            float available = cb.width() - zeroIfNaN(left) - zeroIfNaN(right) - b.horizontalMargins();
            if (!Float.isNaN(left) && !Float.isNaN(right)) {
                width = available;
            } else {
                float min = IntrinsicSizes.minContent(b, ctx);
                float max = IntrinsicSizes.maxContent(b, ctx);
                width = Math.min(max, Math.max(min, available));
            }
        }
        width = BoxModel.clampWidth(b, width, cb.width());

        float height = BoxModel.clampHeight(b, BoxModel.specifiedHeight(b, cb.height()), cb.height());
        if (Float.isNaN(height) && !Float.isNaN(top) && !Float.isNaN(bottom)) {
            height = BoxModel.clampHeight(b, cb.height() - top - bottom - b.verticalMargins(), cb.height());
        }
        BlockLayout.layoutInside(b, width, height, cb.height(), ctx);

        b.x = axis(left, right, cb.x(), cb.width(), b.width, b, 3, 1, staticX);
        b.y = axis(top, bottom, cb.y(), cb.height(), b.height, b, 0, 2, staticY);
    }

    private static float axis(float start, float end, float cbStart, float cbSize, float size, LayoutBox b,
            int startSide, int endSide, float staticPos) {
        if (!Float.isNaN(start) && !Float.isNaN(end) && b.autoMargin[startSide] && b.autoMargin[endSide]) {
            float free = cbSize - start - end - size;
            return cbStart + start + Math.max(0, free / 2);
        }
        if (!Float.isNaN(start)) {
            return cbStart + start + b.margin[startSide];
        }
        if (!Float.isNaN(end)) {
            return cbStart + cbSize - end - b.margin[endSide] - size;
        }
        return staticPos + b.margin[startSide];
    }

    private static float zeroIfNaN(float v) {
        return Float.isNaN(v) ? 0 : v;
    }
}
