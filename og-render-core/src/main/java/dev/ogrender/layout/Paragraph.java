package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.Keywords.Overflow;
import dev.ogrender.style.Keywords.TextAlign;
import dev.ogrender.style.Keywords.TextOverflow;
import dev.ogrender.style.Keywords.TextWrap;
import dev.ogrender.text.FontFace;
import dev.ogrender.text.ShapedRun;
import dev.ogrender.text.TextMeasurer;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The inline content of one block, prepared once: white space processed, each run shaped, break
 * opportunities found (UAX 14 through {@link BreakIterator}). Lines are then cut for any width by
 * adding advances, without shaping again.
 */
final class Paragraph {

    /**
     * A styled slice of the paragraph text; {@code shaped} is null for a forced break and for an atomic
     * inline, which is one U+FFFC char standing for {@code atomic}.
     */
    private record Run(int start, int end, ComputedStyle style, ShapedRun shaped, LayoutBox atomic) {
        Run(int start, int end, ComputedStyle style, ShapedRun shaped) {
            this(start, end, style, shaped, null);
        }
    }

    private static final float EPSILON = 0.01f;

    private final String text;
    private final List<Run> runs;
    private final float[] advance;
    private final boolean[] breakBefore;

    private Paragraph(String text, List<Run> runs, float[] advance, boolean[] breakBefore) {
        this.text = text;
        this.runs = runs;
        this.advance = advance;
        this.breakBefore = breakBefore;
    }

    static Paragraph prepare(InlineContent content, TextMeasurer measurer) {
        StringBuilder all = new StringBuilder();
        List<Run> runs = new ArrayList<>();
        boolean afterSpace = true;
        for (InlineContent.Item item : content.items) {
            if (item instanceof InlineContent.Break) {
                runs.add(new Run(all.length(), all.length() + 1, item.style(), null));
                all.append('\n');
                afterSpace = true;
                continue;
            }
            if (item instanceof InlineContent.Atomic a) {
                runs.add(new Run(all.length(), all.length() + 1, a.style(), null, a.box()));
                all.append(AtomicInlines.OBJECT);
                afterSpace = false;
                continue;
            }
            ComputedStyle style = item.style();
            String s = WhiteSpace.collapse(((InlineContent.Text) item).text(), style.whiteSpace,
                    afterSpace && WhiteSpace.collapsesSpaces(style.whiteSpace));
            s = WhiteSpace.transform(s, style.textTransform);
            if (s.isEmpty()) {
                continue;
            }
            runs.add(new Run(all.length(), all.length() + s.length(), style, measurer.shape(s, style)));
            all.append(s);
            afterSpace = s.charAt(s.length() - 1) == ' ';
        }
        String text = all.toString();
        float[] advance = new float[text.length()];
        for (Run run : runs) {
            for (int i = run.start; i < run.end; i++) {
                advance[i] = run.shaped == null || text.charAt(i) == '\n' ? 0 : run.shaped.advance(i - run.start);
            }
        }
        return new Paragraph(text, runs, advance, breakOpportunities(text, runs));
    }

    private static boolean[] breakOpportunities(String text, List<Run> runs) {
        boolean[] before = new boolean[text.length() + 1];
        BreakIterator it = BreakIterator.getLineInstance(Locale.ROOT);
        it.setText(text);
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            before[b] = true;
        }
        WordBreaks.tailor(text, before);
        for (Run run : runs) {
            if (run.atomic != null) {
                // Atomic inlines break like ideographs: before and after, unless white space forbids it.
                before[run.start] = true;
                before[run.end] = true;
            }
        }
        for (Run run : runs) {
            WordBreaks.apply(text, run.start, run.end, run.style.wordBreak, before);
        }
        for (Run run : runs) {
            if (!WhiteSpace.wraps(run.style.whiteSpace) || run.style.textWrap == TextWrap.NOWRAP) {
                for (int i = run.start + 1; i <= run.end && i < text.length(); i++) {
                    if (text.charAt(i - 1) != '\n') {
                        before[i] = false;
                    }
                }
            }
        }
        return before;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** Sets the advances of atomic inlines to their min-content or max-content margin-box widths. */
    void useIntrinsicAtomicWidths(boolean max, LayoutContext ctx) {
        for (Run run : runs) {
            if (run.atomic != null) {
                advance[run.start] = AtomicInlines.intrinsic(run.atomic, max, ctx);
            }
        }
    }

    /** @return the widest unbreakable piece, trailing spaces excluded */
    float minContentWidth() {
        float max = 0;
        int i = 0;
        while (i < text.length()) {
            int k = nextOpportunity(i);
            if (WordBreaks.anywhereAffectsMinContent(styleAt(i))) {
                // overflow-wrap: anywhere may break between any two characters, and min-content sees it.
                for (int c = i; c < k; c++) {
                    max = Math.max(max, advance[c]);
                }
            } else {
                max = Math.max(max, width(i, trimEnd(i, k)));
            }
            i = k;
        }
        return max;
    }

    /** @return the widest line when only forced breaks break */
    float maxContentWidth() {
        float max = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                max = Math.max(max, width(start, trimEnd(start, i)));
                start = i + 1;
            }
        }
        return max;
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
    List<LineBox> layout(float available, ComputedStyle block, LayoutContext ctx) {
        TextMeasurer measurer = ctx.measurer();
        for (Run run : runs) {
            if (run.atomic != null) {
                advance[run.start] = AtomicInlines.layout(run.atomic, available, ctx);
            }
        }
        float indent = block.textIndent.resolve(available, 0);
        int clamp = block.webkitBox && block.boxOrientVertical ? block.lineClamp : 0;
        List<int[]> breaks = block.textWrap == TextWrap.BALANCE ? Balance.breaks(this, available, indent) : null;
        if (breaks == null) {
            breaks = breakLines(available, indent, clamp > 0 ? clamp + 1 : Integer.MAX_VALUE);
        }
        Ellipsis ellipsis = new Ellipsis(block, measurer);
        boolean clamped = clamp > 0 && breaks.size() > clamp;
        if (clamped) {
            breaks = new ArrayList<>(breaks.subList(0, clamp));
            // Chromium breaks the clamped line again with room for the ellipsis, at a wrap opportunity.
            int[] last = breaks.get(clamp - 1);
            float room = available - (clamp == 1 ? indent : 0) - ellipsis.width();
            int[] again = nextLine(last[0], room);
            breaks.set(clamp - 1, again[1] > last[0] ? again : last);
        }
        boolean truncate = block.textOverflow == TextOverflow.ELLIPSIS && block.overflow == Overflow.HIDDEN;
        List<LineBox> lines = new ArrayList<>(breaks.size());
        float y = 0;
        for (int li = 0; li < breaks.size(); li++) {
            int[] b = breaks.get(li);
            float lineIndent = li == 0 ? indent : 0;
            boolean lastOfClamp = clamped && li == breaks.size() - 1;
            boolean justify = block.textAlign == TextAlign.JUSTIFY && li < breaks.size() - 1 && !forcedAfter(b);
            LineBox line = buildLine(b[0], trimEnd(b[0], b[1]), y, available, lineIndent, block, measurer,
                    lastOfClamp || truncate ? ellipsis : null, lastOfClamp, justify);
            lines.add(line);
            y += line.height();
        }
        return lines;
    }

    /**
     * Finds where lines break for a width.
     *
     * @param available the width lines fill
     * @param indent    the first line's text-indent
     * @param maxLines  stop after this many lines
     * @return per line {start, end before trimming, start of the next line}
     */
    List<int[]> breakLines(float available, float indent, int maxLines) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length() && out.size() < maxLines) {
            int[] line = nextLine(i, available - (out.isEmpty() ? indent : 0));
            out.add(line);
            i = line[2];
        }
        return out;
    }

    /** @return {start, end, next} of the line that starts at {@code start} in {@code available} */
    private int[] nextLine(int start, float available) {
        int n = text.length();
        float w = 0;
        int j = start;
        while (j < n) {
            if (text.charAt(j) == '\n') {
                return new int[] {start, j, j + 1};
            }
            int k = nextOpportunity(j);
            float segment = width(j, k);
            float trailing = segment - width(j, trimEnd(j, k));
            if (w + segment - trailing > available + EPSILON) {
                if (j > start) {
                    return new int[] {start, j, j};
                }
                if (WordBreaks.mayBreakAnywhere(styleAt(j))) {
                    int cut = fitting(j, k, available);
                    return new int[] {start, cut, cut};
                }
            }
            w += segment;
            j = k;
        }
        return new int[] {start, n, n};
    }

    /** @return the end of the longest slice from {@code from} that fits, at least one character */
    private int fitting(int from, int to, float available) {
        float w = 0;
        int end = from;
        for (int c = from; c < to; c++) {
            w += advance[c];
            if (w > available + EPSILON && end > from) {
                break;
            }
            end = c + 1;
            while (end < to && (Character.isLowSurrogate(text.charAt(end)) || advance[end] == 0)) {
                end++;
            }
            c = end - 1;
        }
        return end;
    }

    private boolean forcedAfter(int[] line) {
        return line[1] < text.length() && text.charAt(line[1]) == '\n';
    }

    /** @return the next break opportunity (or forced break, or the end) after {@code from} */
    int nextOpportunityFrom(int from) {
        return nextOpportunity(from);
    }

    /** @return {@code end} moved back over trailing collapsible spaces */
    int trimmedEnd(int start, int end) {
        return trimEnd(start, end);
    }

    private LineBox buildLine(int start, int end, float top, float available, float indent, ComputedStyle block,
            TextMeasurer measurer, Ellipsis ellipsis, boolean forceEllipsis, boolean justify) {
        float room = available - indent;
        boolean overflows = width(start, end) > room + EPSILON;
        boolean withEllipsis = ellipsis != null && (forceEllipsis || overflows);
        if (withEllipsis && width(start, end) + ellipsis.width() > room + EPSILON) {
            end = ellipsis.cut(this, start, end, room);
        }
        float lineWidth = width(start, end) + (withEllipsis ? ellipsis.width() : 0);
        int spaces = justify ? Justify.spaces(text, start, end) : 0;
        float extra = spaces > 0 && room > lineWidth ? (room - lineWidth) / spaces : 0;
        float offset = indent + (extra > 0 ? 0 : switch (block.textAlign) {
            case CENTER -> (room - lineWidth) / 2;
            case RIGHT -> room - lineWidth;
            case LEFT, JUSTIFY -> 0;
        });
        VerticalExtent extent = new VerticalExtent();
        extent.add(measurer.face(block), block);
        List<LineBox.Piece> pieces = new ArrayList<>();
        float x = offset;
        for (Run run : runs) {
            int s = Math.max(start, run.start);
            int e = Math.min(end, run.end);
            if (s >= e || run.shaped == null && run.atomic == null) {
                continue;
            }
            if (run.atomic != null) {
                x = AtomicInlines.place(run.atomic, x, advance[run.start], block, measurer, extent, pieces);
                continue;
            }
            extent.add(run.shaped.face(), run.style);
            x = extra > 0 ? Justify.place(this, run.shaped, run.start, s, e, x, extra, run.style, pieces)
                    : place(run, s, e, x, pieces);
        }
        if (withEllipsis) {
            pieces.add(ellipsis.piece(x));
        }
        return AtomicInlines.finish(top, extent, lineWidth, pieces);
    }

    private float place(Run run, int s, int e, float x, List<LineBox.Piece> pieces) {
        float w = width(s, e);
        pieces.add(new LineBox.Piece(run.shaped, s - run.start, e - run.start, x, w, run.style));
        return x + w;
    }

    /** @return the style of the run holding a char */
    private ComputedStyle styleAt(int index) {
        for (Run run : runs) {
            if (index >= run.start && index < run.end) {
                return run.style;
            }
        }
        return runs.get(runs.size() - 1).style;
    }

    /** @return the advance of one char of the paragraph text */
    float advance(int index) {
        return advance[index];
    }

    /** @return the paragraph text */
    String text() {
        return text;
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
            float lineHeight = style.lineHeightPx();
            if (Float.isNaN(lineHeight)) {
                lineHeight = m.normalLineHeight();
            }
            // Blink floors the half-leading on the ascent side and gives the rest to the descent.
            float a = m.ascent() + (float) Math.floor((lineHeight - (m.ascent() + m.descent())) / 2);
            float d = lineHeight - a;
            above = Math.max(above, a);
            below = Math.max(below, d);
        }
    }

    private int nextOpportunity(int from) {
        int k = from + 1;
        while (k < text.length() && !breakBefore[k] && text.charAt(k) != '\n') {
            k++;
        }
        return Math.min(k, text.length());
    }

    private int trimEnd(int start, int end) {
        while (end > start && text.charAt(end - 1) == ' ' && collapsible(end - 1)) {
            end--;
        }
        return end;
    }

    private boolean collapsible(int index) {
        for (Run run : runs) {
            if (index >= run.start && index < run.end) {
                return WhiteSpace.collapsesSpaces(run.style.whiteSpace)
                        || run.style.whiteSpace == dev.ogrender.style.Keywords.WhiteSpace.PRE_WRAP;
            }
        }
        return true;
    }

    float width(int start, int end) {
        float w = 0;
        for (int i = start; i < end; i++) {
            w += advance[i];
        }
        return w;
    }
}
