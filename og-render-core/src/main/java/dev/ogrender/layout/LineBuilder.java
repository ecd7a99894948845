package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.Keywords.Overflow;
import dev.ogrender.style.Keywords.TextAlign;
import dev.ogrender.style.Keywords.TextOverflow;
import dev.ogrender.style.Keywords.TextWrap;
import dev.ogrender.text.FontFace;
import dev.ogrender.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the line boxes of a prepared {@link Paragraph} for a width: where lines break (greedy or
 * balanced), clamping, ellipses, text-indent, alignment and justification, and the height of each
 * line from the fonts and atomic inlines on it.
 */
final class LineBuilder {

    private static final float EPSILON = 0.01f;

    private LineBuilder() {
    }

    /**
     * Cuts the paragraph into lines: text-indent on the first, text-wrap: balance, the
     * -webkit-line-clamp of a -webkit-box, and text-overflow: ellipsis on lines that overflow.
     *
     * @param available the content-box width
     * @param block     the style of the block (its strut, text-align, indent, clamp, overflow)
     * @param measurer  for the strut's font metrics
     * @return the lines, top to bottom, positioned from the content box's top-left
     */
    static List<LineBox> layout(Paragraph p, float available, ComputedStyle block, LayoutContext ctx) {
        TextMeasurer measurer = ctx.measurer();
        for (Paragraph.Run run : p.runs()) {
            if (run.atomic() != null) {
                p.setAdvance(run.start(), AtomicInlines.layout(run.atomic(), available, ctx));
            }
        }
        float indent = block.textIndent.resolve(available, 0);
        int clamp = block.webkitBox && block.boxOrientVertical ? block.lineClamp : 0;
        List<int[]> breaks = block.textWrap == TextWrap.BALANCE ? Balance.breaks(p, available, indent) : null;
        if (breaks == null) {
            breaks = p.breakLines(available, indent, clamp > 0 ? clamp + 1 : Integer.MAX_VALUE);
        }
        Ellipsis ellipsis = new Ellipsis(block, measurer);
        boolean clamped = clamp > 0 && breaks.size() > clamp;
        if (clamped) {
            // The clamped line keeps its ordinary break; buildLine then truncates it at the last
            // character that leaves room for the ellipsis (Blink's line truncator), even inside a word.
            breaks = new ArrayList<>(breaks.subList(0, clamp));
        }
        boolean truncate = block.textOverflow == TextOverflow.ELLIPSIS && block.overflow == Overflow.HIDDEN;
        List<LineBox> lines = new ArrayList<>(breaks.size());
        float y = 0;
        for (int li = 0; li < breaks.size(); li++) {
            int[] b = breaks.get(li);
            float lineIndent = li == 0 ? indent : 0;
            boolean lastOfClamp = clamped && li == breaks.size() - 1;
            boolean justify = block.textAlign == TextAlign.JUSTIFY && li < breaks.size() - 1 && !forcedAfter(p, b);
            LineBox line = buildLine(p, b[0], p.trimmedEnd(b[0], b[1]), y, available, lineIndent, block, measurer,
                    lastOfClamp || truncate ? ellipsis : null, lastOfClamp, justify);
            lines.add(line);
            y += line.height();
        }
        return lines;
    }

    private static boolean forcedAfter(Paragraph p, int[] line) {
        return line[1] < p.text().length() && p.text().charAt(line[1]) == '\n';
    }

    private static LineBox buildLine(Paragraph p, int start, int end, float top, float available, float indent, ComputedStyle block,
            TextMeasurer measurer, Ellipsis ellipsis, boolean forceEllipsis, boolean justify) {
        float room = available - indent;
        boolean overflows = p.width(start, end) > room + EPSILON;
        boolean withEllipsis = ellipsis != null && (forceEllipsis || overflows);
        if (withEllipsis && p.width(start, end) + ellipsis.width() > room + EPSILON) {
            end = ellipsis.cut(p, start, end, room);
        }
        float lineWidth = p.width(start, end) + (withEllipsis ? ellipsis.width() : 0);
        int spaces = justify ? Justify.spaces(p.text(), start, end) : 0;
        float extra = spaces > 0 && room > lineWidth ? (room - lineWidth) / spaces : 0;
        float offset = indent + (extra > 0 ? 0 : switch (block.textAlign) {
            case CENTER -> (room - lineWidth) / 2;
            case RIGHT -> room - lineWidth;
            case LEFT, JUSTIFY -> 0;
        });
        VerticalExtent extent = new VerticalExtent();
        extent.add(measurer.face(block), block);
        List<LineBox.Piece> pieces = new ArrayList<>();
        InlineBoxes.Line spans = new InlineBoxes.Line();
        float x = offset;
        for (Paragraph.Run run : p.runs()) {
            int s = Math.max(start, run.start());
            int e = Math.min(end, run.end());
            if (s >= e || run.shaped() == null && run.atomic() == null) {
                continue;
            }
            if (run.atomic() != null) {
                x = AtomicInlines.place(run.atomic(), x, p.advance(run.start()), block, measurer, extent, pieces);
                continue;
            }
            extent.add(run.shaped().face(), run.style());
            float from = x;
            int first = pieces.size();
            x = extra > 0 ? Justify.place(p, run.shaped(), run.start(), s, e, x, extra, run.style(), pieces)
                    : place(p, run, s, e, x, pieces);
            boolean starts = s == run.start();
            boolean ends = e == run.end();
            if (extra > 0) {
                edgesOfJustified(pieces, first, starts ? run.startEdge() : 0, ends ? run.endEdge() : 0);
            }
            spans.add(run, from, starts, ends, x - from - (starts ? run.startEdge() : 0) - (ends ? run.endEdge() : 0));
        }
        if (withEllipsis) {
            pieces.add(ellipsis.piece(x));
        }
        LineBox line = AtomicInlines.finish(top, extent, lineWidth, pieces);
        return new LineBox(line.top(), line.height(), line.baseline(), line.width(), line.pieces(),
                spans.finish(measurer));
    }

    /** Moves the glyphs of justified words off the inline box edges their first and last chars carry. */
    private static void edgesOfJustified(List<LineBox.Piece> pieces, int first, float lead, float trail) {
        if (pieces.size() <= first || lead == 0 && trail == 0) {
            return;
        }
        LineBox.Piece a = pieces.get(first);
        pieces.set(first, new LineBox.Piece(a.run(), a.start(), a.end(), a.x() + lead, a.width() - lead, a.style()));
        int last = pieces.size() - 1;
        LineBox.Piece z = pieces.get(last);
        pieces.set(last, new LineBox.Piece(z.run(), z.start(), z.end(), z.x(), z.width() - trail, z.style()));
    }

    /** Places a slice of a run; the glyphs sit after the start edges of inline boxes opening at it. */
    private static float place(Paragraph p, Paragraph.Run run, int s, int e, float x, List<LineBox.Piece> pieces) {
        float w = p.width(s, e);
        float lead = s == run.start() ? run.startEdge() : 0;
        float trail = e == run.end() ? run.endEdge() : 0;
        pieces.add(new LineBox.Piece(run.shaped(), s - run.start(), e - run.start(), x + lead, w - lead - trail,
                run.style()));
        return x + w;
    }

    /** The part of a line box above and below the baseline, per CSS 2.2 10.8.1 (half-leading). */
    static final class VerticalExtent {
        float above = Float.NEGATIVE_INFINITY;
        float below = Float.NEGATIVE_INFINITY;

        /** Adds a box that reaches {@code a} above and {@code d} below the baseline. */
        void add(float a, float d) {
            above = Math.max(above, a);
            below = Math.max(below, d);
        }

        void add(FontFace face, ComputedStyle style) {
            FontFace.LineMetrics m = face.metrics(style.fontSize);
            float lineHeight = AtomicInlines.lineHeight(style, m);
            // Blink floors the half-leading on the ascent side and gives the rest to the descent.
            float a = m.ascent() + (float) Math.floor((lineHeight - (m.ascent() + m.descent())) / 2);
            float d = lineHeight - a;
            above = Math.max(above, a);
            below = Math.max(below, d);
        }
    }
}
