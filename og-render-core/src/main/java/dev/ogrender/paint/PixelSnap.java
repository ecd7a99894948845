package dev.ogrender.paint;

import dev.ogrender.layout.BoxFragment;

/**
 * Device-pixel snapping of box decorations, as Blink paints them: layout keeps fractional positions,
 * but backgrounds, borders, box shadows, replaced content and overflow clips are drawn on the border
 * box with its edges rounded to whole pixels (Blink's PixelSnappedIntRect / SnapSizeToPixel: the left
 * and top edges round, the size is the rounded far edge less the rounded near edge). Without it a box
 * at x = 87.9 draws a soft, anti-aliased column where Chromium draws a crisp edge at 88. Text is not
 * snapped horizontally, so fragments keep their exact geometry for everything else.
 */
final class PixelSnap {

    private PixelSnap() {
    }

    /** @return the fragment with its border box snapped to whole pixels (the same object when already whole) */
    static BoxFragment of(BoxFragment f) {
        float x = Math.round(f.x());
        float y = Math.round(f.y());
        float w = Math.round(f.x() + f.width()) - x;
        float h = Math.round(f.y() + f.height()) - y;
        if (x == f.x() && y == f.y() && w == f.width() && h == f.height()) {
            return f;
        }
        return new BoxFragment(f.name(), f.style(), x, y, w, h, f.text(), f.children(), f.padding());
    }
}
