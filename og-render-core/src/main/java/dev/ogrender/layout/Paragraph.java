package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
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

    /** A styled slice of the paragraph text; {@code shaped} is null for a forced break. */
    private record Run(int start, int end, ComputedStyle style, ShapedRun shaped) {
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
        for (Run run : runs) {
            if (!WhiteSpace.wraps(run.style.whiteSpace)) {
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

    /** @return the widest unbreakable piece, trailing spaces excluded */
    float minContentWidth() {
        float max = 0;
        int i = 0;
        while (i < text.length()) {
            int k = nextOpportunity(i);
            max = Math.max(max, width(i, trimEnd(i, k)));
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
     * Cuts the paragraph into lines.
     *
     * @param available the content-box width
     * @param block     the style of the block (its strut, text-align)
     * @param measurer  for the strut's font metrics
     * @return the lines, top to bottom, positioned from the content box's top-left
     */
    List<LineBox> layout(float available, ComputedStyle block, TextMeasurer measurer) {
        List<LineBox> lines = new ArrayList<>();
        float y = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            int end = -1;
            int next = -1;
            float w = 0;
            int j = i;
            while (j < n) {
                if (text.charAt(j) == '\n') {
                    end = j;
                    next = j + 1;
                    break;
                }
                int k = nextOpportunity(j);
                float segment = width(j, k);
                float trailing = segment - width(j, trimEnd(j, k));
                if (j > start && w + segment - trailing > available + EPSILON) {
                    end = j;
                    next = j;
                    break;
                }
                w += segment;
                j = k;
            }
            if (end < 0) {
                end = n;
                next = n;
            }
            LineBox line = buildLine(start, trimEnd(start, end), y, available, block, measurer);
            lines.add(line);
            y += line.height();
            i = next;
        }
        return lines;
    }

    private LineBox buildLine(int start, int end, float top, float available, ComputedStyle block,
            TextMeasurer measurer) {
        float lineWidth = width(start, end);
        float offset = switch (block.textAlign) {
            case CENTER -> (available - lineWidth) / 2;
            case RIGHT -> available - lineWidth;
            case LEFT, JUSTIFY -> 0;
        };
        VerticalExtent extent = new VerticalExtent();
        extent.add(measurer.face(block), block);
        List<LineBox.Piece> pieces = new ArrayList<>();
        float x = offset;
        for (Run run : runs) {
            int s = Math.max(start, run.start);
            int e = Math.min(end, run.end);
            if (s >= e || run.shaped == null) {
                continue;
            }
            extent.add(run.shaped.face(), run.style);
            float w = width(s, e);
            pieces.add(new LineBox.Piece(run.shaped, s - run.start, e - run.start, x, w, run.style));
            x += w;
        }
        return new LineBox(top, extent.above + extent.below, top + extent.above, lineWidth, List.copyOf(pieces));
    }

    /** The part of a line box above and below the baseline, per CSS 2.2 10.8.1 (half-leading). */
    private static final class VerticalExtent {
        float above = Float.NEGATIVE_INFINITY;
        float below = Float.NEGATIVE_INFINITY;

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

    private float width(int start, int end) {
        float w = 0;
        for (int i = start; i < end; i++) {
            w += advance[i];
        }
        return w;
    }
}
