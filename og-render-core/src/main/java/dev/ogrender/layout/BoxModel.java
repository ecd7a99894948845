package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.Keywords.BoxSizing;
import dev.ogrender.style.Length;

/**
 * Used values of the box model: margins, borders, padding, and the width/height/min/max properties
 * turned into border-box pixels (CSS 2.2 chapter 10, CSS Box Sizing 3).
 */
final class BoxModel {

    private BoxModel() {
    }

    /**
     * Resolves margins, padding and borders. Percentages of margin and padding refer to the containing
     * block's width on every side; an unknown width makes them 0. Auto margins become 0 and are flagged.
     */
    static void resolveEdges(LayoutBox b, float cbWidth) {
        ComputedStyle s = b.style;
        for (int side = 0; side < 4; side++) {
            Length m = s.margin[side];
            b.autoMargin[side] = m.isAuto();
            b.margin[side] = m.resolve(cbWidth, 0);
            b.padding[side] = Math.max(0, s.padding[side].resolve(cbWidth, 0));
            b.border[side] = s.borderWidth[side];
        }
    }

    /** @return the specified width as a border-box width, or NaN when auto or unresolvable */
    static float specifiedWidth(LayoutBox b, float cbWidth) {
        return toBorderBoxWidth(b, b.style.width, cbWidth);
    }

    /** @return the specified height as a border-box height, or NaN when auto or unresolvable */
    static float specifiedHeight(LayoutBox b, float cbHeight) {
        return toBorderBoxHeight(b, b.style.height, cbHeight);
    }

    /**
     * aspect-ratio (CSS Sizing 4, section 2): the border-box height that the ratio gives a box of the
     * given border-box width; the ratio is of the box-sizing box.
     *
     * @return the height, or NaN when the box has no ratio
     */
    static float ratioHeight(LayoutBox b, float borderWidth) {
        float r = b.style.aspectRatio;
        if (r <= 0 || Float.isNaN(borderWidth)) {
            return Float.NaN;
        }
        if (b.style.boxSizing == BoxSizing.BORDER_BOX) {
            return Math.max(borderWidth / r, b.verticalPaddingBorder());
        }
        return Math.max(0, borderWidth - b.horizontalPaddingBorder()) / r + b.verticalPaddingBorder();
    }

    /** @return the border-box width that aspect-ratio gives a box of the given border-box height, or NaN */
    static float ratioWidth(LayoutBox b, float borderHeight) {
        float r = b.style.aspectRatio;
        if (r <= 0 || Float.isNaN(borderHeight)) {
            return Float.NaN;
        }
        if (b.style.boxSizing == BoxSizing.BORDER_BOX) {
            return Math.max(borderHeight * r, b.horizontalPaddingBorder());
        }
        return Math.max(0, borderHeight - b.verticalPaddingBorder()) * r + b.horizontalPaddingBorder();
    }

    /**
     * Blink converts a resolved length to a LayoutUnit (1/64 px) by truncation: a calc() width of
     * 896px / 45 = 19.911 is used as 19.90625, and the difference adds up along a row of such boxes.
     *
     * @return the value truncated to a multiple of 1/64 (NaN stays NaN)
     */
    static float layoutUnit(float v) {
        return v >= 0 ? (float) Math.floor(v * 64) / 64 : (float) Math.ceil(v * 64) / 64;
    }

    static float toBorderBoxWidth(LayoutBox b, Length length, float base) {
        float v = layoutUnit(length.resolve(base));
        if (Float.isNaN(v)) {
            return Float.NaN;
        }
        return b.style.boxSizing == BoxSizing.BORDER_BOX ? Math.max(v, b.horizontalPaddingBorder())
                : Math.max(v, 0) + b.horizontalPaddingBorder();
    }

    static float toBorderBoxHeight(LayoutBox b, Length length, float base) {
        float v = layoutUnit(length.resolve(base));
        if (Float.isNaN(v)) {
            return Float.NaN;
        }
        return b.style.boxSizing == BoxSizing.BORDER_BOX ? Math.max(v, b.verticalPaddingBorder())
                : Math.max(v, 0) + b.verticalPaddingBorder();
    }

    /** Applies min-width and max-width (max first, then min, as CSS 2.2 10.4 says) to a border-box width. */
    static float clampWidth(LayoutBox b, float width, float cbWidth) {
        float max = toBorderBoxWidth(b, b.style.maxWidth, cbWidth);
        float min = toBorderBoxWidth(b, b.style.minWidth, cbWidth);
        if (!Float.isNaN(max)) {
            width = Math.min(width, max);
        }
        if (!Float.isNaN(min)) {
            width = Math.max(width, min);
        }
        return Math.max(width, b.horizontalPaddingBorder());
    }

    /** Applies min-height and max-height to a border-box height. */
    static float clampHeight(LayoutBox b, float height, float cbHeight) {
        float max = toBorderBoxHeight(b, b.style.maxHeight, cbHeight);
        float min = toBorderBoxHeight(b, b.style.minHeight, cbHeight);
        if (!Float.isNaN(max)) {
            height = Math.min(height, max);
        }
        if (!Float.isNaN(min)) {
            height = Math.max(height, min);
        }
        return Math.max(height, b.verticalPaddingBorder());
    }
}
