package dev.ogrender.layout;

import dev.ogrender.style.Length;

/**
 * Used sizes of replaced elements (CSS 2.2 10.3.2 and 10.6.2, CSS Images 3 "default sizing"): a missing
 * dimension comes from the other one through the natural aspect ratio, else from the natural size, else
 * 300x150. Sizes here are content-box pixels.
 */
final class ReplacedSizing {

    private static final float DEFAULT_WIDTH = 300;
    private static final float DEFAULT_HEIGHT = 150;

    private ReplacedSizing() {
    }

    static boolean is(LayoutBox b) {
        return b.natural != null;
    }

    /**
     * @param b                 a replaced box
     * @param contentHeight     the used content height when definite, else NaN
     * @return the content width when CSS width is auto
     */
    static float autoWidth(LayoutBox b, float contentHeight) {
        ImageSizer.NaturalSize n = b.natural;
        float h = Float.isNaN(contentHeight) ? specifiedPxHeight(b) : contentHeight;
        if (!Float.isNaN(h) && !Float.isNaN(n.ratio())) {
            return h * n.ratio();
        }
        if (!Float.isNaN(n.width())) {
            return n.width();
        }
        if (!Float.isNaN(n.height()) && !Float.isNaN(n.ratio())) {
            return n.height() * n.ratio();
        }
        return DEFAULT_WIDTH;
    }

    /**
     * @param b            a replaced box
     * @param contentWidth the used content width
     * @return the content height when CSS height is auto
     */
    static float autoHeight(LayoutBox b, float contentWidth) {
        ImageSizer.NaturalSize n = b.natural;
        if (!Float.isNaN(n.ratio()) && n.ratio() > 0) {
            return contentWidth / n.ratio();
        }
        return Float.isNaN(n.height()) ? DEFAULT_HEIGHT : n.height();
    }

    /** A px height (content box), for a width derived from it before the containing block is known. */
    private static float specifiedPxHeight(LayoutBox b) {
        Length h = b.style.height;
        if (h.unit() != Length.Unit.PX) {
            return Float.NaN;
        }
        boolean borderBox = b.style.boxSizing == dev.ogrender.style.Keywords.BoxSizing.BORDER_BOX;
        float edges = b.style.padding[0].resolve(Float.NaN, 0) + b.style.padding[2].resolve(Float.NaN, 0)
            + b.style.borderWidth[0] + b.style.borderWidth[2];
        return borderBox ? Math.max(0, h.value() - edges) : h.value();
    }
}
