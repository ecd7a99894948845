package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import dev.ogrender.text.ShapedRun;
import java.util.List;

/**
 * text-align: justify (CSS Text 3, section 7.3): the free space of a line that is not the last of its
 * paragraph is shared among its spaces, as Chromium does for Latin text. Each word becomes its own
 * piece so that painting draws the glyphs that were measured, only moved.
 */
final class Justify {

    private Justify() {
    }

    /** @return the justification opportunities (spaces) in a slice, a trailing one excluded */
    static int spaces(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0') {
                n++;
            }
        }
        return n;
    }

    /**
     * Places one run's slice word by word, widening each space by {@code extra}.
     *
     * @return the x after the slice
     */
    static float place(Paragraph p, ShapedRun shaped, int runStart, int s, int e, float x, float extra,
            ComputedStyle style, List<LineBox.Piece> pieces) {
        String text = p.text();
        int from = s;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u00A0' || i == e - 1) {
                int to = i + 1;
                float w = p.width(from, to);
                pieces.add(new LineBox.Piece(shaped, from - runStart, to - runStart, x, w, style));
                x += w + (c == ' ' || c == '\u00A0' ? extra : 0);
                from = to;
            }
        }
        return x;
    }
}
