package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import dev.ogrender.text.ShapedRun;
import dev.ogrender.text.TextMeasurer;

/**
 * The ellipsis of text-overflow and line-clamp: U+2026 shaped in the block's own font and colour, as
 * Chromium draws it, placed after the last character that leaves room for it.
 */
final class Ellipsis {

    private static final String TEXT = "\u2026";

    private final ComputedStyle style;
    private final TextMeasurer measurer;
    private ShapedRun run;

    Ellipsis(ComputedStyle block, TextMeasurer measurer) {
        this.style = block;
        this.measurer = measurer;
    }

    private ShapedRun run() {
        if (run == null) {
            run = measurer.shape(TEXT, style);
        }
        return run;
    }

    /** @return the advance of the ellipsis */
    float width() {
        return run().width(0, TEXT.length());
    }

    /**
     * @return the end of the longest slice from {@code start} that leaves room for the ellipsis in
     *     {@code room}; whole clusters only, possibly empty
     */
    int cut(Paragraph p, int start, int end, float room) {
        float limit = room - width();
        float w = 0;
        int cut = start;
        int c = start;
        while (c < end) {
            int next = c + 1;
            while (next < end && (Character.isLowSurrogate(p.text().charAt(next)) || p.advance(next) == 0)) {
                next++;
            }
            w += p.width(c, next);
            if (w > limit + 0.01f) {
                break;
            }
            cut = next;
            c = next;
        }
        return cut;
    }

    /** @return the ellipsis placed at x */
    LineBox.Piece piece(float x) {
        return new LineBox.Piece(run(), 0, TEXT.length(), x, width(), style);
    }
}
