package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.Keywords.TextWrap;
import dev.ogrender.text.ShapedRun;
import dev.ogrender.text.TextMeasurer;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The inline content of one block, prepared once: white space processed, each run shaped, break
 * opportunities found (UAX 14 through {@link BreakIterator}). Lines are then cut for any width by
 * adding advances, without shaping again; {@link LineBuilder} turns the breaks into line boxes.
 */
final class Paragraph {

    /**
     * A styled slice of the paragraph text; {@code shaped} is null for a forced break and for an atomic
     * inline, which is one U+FFFC char standing for {@code atomic}.
     */
    record Run(int start, int end, ComputedStyle style, ShapedRun shaped, LayoutBox atomic,
            List<InlineContent.Box> boxes, int opens, int closes) {
        Run(int start, int end, ComputedStyle style, ShapedRun shaped) {
            this(start, end, style, shaped, null);
        }

        Run(int start, int end, ComputedStyle style, ShapedRun shaped, LayoutBox atomic) {
            this(start, end, style, shaped, atomic, List.of(), 0, 0);
        }

        /** @return the start edges of the inline boxes that open at this run, px */
        float startEdge() {
            float w = 0;
            for (int k = boxes.size() - opens; k < boxes.size(); k++) {
                w += boxes.get(k).startEdge();
            }
            return w;
        }

        /** @return the end edges of the inline boxes that close at this run, px */
        float endEdge() {
            float w = 0;
            for (int k = boxes.size() - closes; k < boxes.size(); k++) {
                w += boxes.get(k).endEdge();
            }
            return w;
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
            runs.add(new Run(all.length(), all.length() + s.length(), style, measurer.shape(s, style), null,
                    ((InlineContent.Text) item).boxes(), 0, 0));
            all.append(s);
            afterSpace = s.charAt(s.length() - 1) == ' ';
        }
        String text = all.toString();
        runs = InlineBoxes.markEdges(runs);
        float[] advance = new float[text.length()];
        for (Run run : runs) {
            for (int i = run.start; i < run.end; i++) {
                advance[i] = run.shaped == null || text.charAt(i) == '\n' ? 0 : run.shaped.advance(i - run.start);
            }
            if (run.shaped != null && run.end > run.start) {
                // inline box edges take room in the line: start edges before the first char, end edges after the last
                advance[run.start] += run.startEdge();
                advance[run.end - 1] += run.endEdge();
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

    /** Sets the advance of an atomic inline's char to its laid-out margin-box width. */
    void setAdvance(int index, float width) {
        advance[index] = width;
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

    /** @return the next break opportunity (or forced break, or the end) after {@code from} */
    int nextOpportunityFrom(int from) {
        return nextOpportunity(from);
    }

    /** @return {@code end} moved back over trailing collapsible spaces */
    int trimmedEnd(int start, int end) {
        return trimEnd(start, end);
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

    /** @return the styled runs, in text order */
    List<Run> runs() {
        return runs;
    }

    /** @return the advance of one char of the paragraph text */
    float advance(int index) {
        return advance[index];
    }

    /** @return the paragraph text */
    String text() {
        return text;
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
