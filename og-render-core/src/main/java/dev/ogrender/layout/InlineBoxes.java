package dev.ogrender.layout;

import dev.ogrender.text.FontFace;
import dev.ogrender.text.TextMeasurer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Non-atomic inline boxes (CSS 2.2 10.8, CSS Inline 3): where each decorated inline element opens and
 * closes in the paragraph, and its fragment on each line. Its horizontal margin, border and padding are
 * carried as extra advance on its first and last character, so line breaking sees them; a box broken
 * across lines gets its start edges on its first fragment only and its end edges on its last
 * (box-decoration-break: slice). Vertically a fragment spans the font's ascent and descent plus padding
 * and border, which do not change the line's height.
 */
final class InlineBoxes {

    private InlineBoxes() {
    }

    /**
     * @return the runs with, for each text run, how many of its innermost boxes open at it and close at
     *     it (compared with the text runs before and after; breaks and atomic inlines are skipped)
     */
    static List<Paragraph.Run> markEdges(List<Paragraph.Run> runs) {
        List<Integer> text = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).shaped() != null) {
                text.add(i);
            }
        }
        List<Paragraph.Run> out = new ArrayList<>(runs);
        for (int t = 0; t < text.size(); t++) {
            Paragraph.Run r = runs.get(text.get(t));
            if (r.boxes().isEmpty()) {
                continue;
            }
            List<InlineContent.Box> before = t > 0 ? runs.get(text.get(t - 1)).boxes() : List.of();
            List<InlineContent.Box> after = t + 1 < text.size() ? runs.get(text.get(t + 1)).boxes() : List.of();
            int n = r.boxes().size();
            out.set(text.get(t), new Paragraph.Run(r.start(), r.end(), r.style(), r.shaped(), null, r.boxes(),
                    n - common(before, r.boxes()), n - common(r.boxes(), after)));
        }
        return out;
    }

    private static int common(List<InlineContent.Box> a, List<InlineContent.Box> b) {
        int k = 0;
        while (k < a.size() && k < b.size() && a.get(k) == b.get(k)) {
            k++;
        }
        return k;
    }

    /** Collects the fragments of the inline boxes on one line, in tree order. */
    static final class Line {
        private final Map<InlineContent.Box, float[]> spans = new LinkedHashMap<>();

        /**
         * Records a placed slice of a run.
         *
         * @param x      where the slice starts (its start edges included)
         * @param starts whether the slice starts the run (and so opens its boxes)
         * @param ends   whether the slice ends the run (and so closes its boxes)
         * @param glyphs the advance of the glyphs
         */
        void add(Paragraph.Run run, float x, boolean starts, boolean ends, float glyphs) {
            List<InlineContent.Box> boxes = run.boxes();
            if (boxes.isEmpty()) {
                return;
            }
            float lead = starts ? run.startEdge() : 0;
            float trail = ends ? run.endEdge() : 0;
            int opening = starts ? boxes.size() - run.opens() : boxes.size();
            float cursor = x;
            for (int k = 0; k < boxes.size(); k++) {
                InlineContent.Box box = boxes.get(k);
                float[] span = spans.get(box);
                boolean opens = k >= opening;
                float left = x;
                if (opens) {
                    cursor += box.margin(3);
                    left = cursor;
                    cursor += box.style.borderWidth[3] + box.padding(3);
                }
                if (span == null) {
                    spans.put(box, new float[] {left, x + lead + glyphs + trail, opens ? 1 : 0, 0});
                } else {
                    span[1] = x + lead + glyphs + trail;
                }
            }
            if (ends) {
                close(run, run.closes(), x + lead + glyphs);
            }
        }

        private void close(Paragraph.Run run, int closes, float contentEnd) {
            List<InlineContent.Box> boxes = run.boxes();
            float cursor = contentEnd;
            for (int k = boxes.size() - 1; k >= boxes.size() - closes; k--) {
                InlineContent.Box box = boxes.get(k);
                cursor += box.padding(1) + box.style.borderWidth[1];
                float[] span = spans.get(box);
                span[1] = cursor;
                span[3] = 1;
                cursor += box.margin(1);
            }
        }

        /** @return the fragments, their tops relative to the line's baseline */
        List<LineBox.Span> finish(TextMeasurer measurer) {
            List<LineBox.Span> out = new ArrayList<>(spans.size());
            for (Map.Entry<InlineContent.Box, float[]> e : spans.entrySet()) {
                InlineContent.Box box = e.getKey();
                float[] s = e.getValue();
                FontFace.LineMetrics m = measurer.face(box.style).metrics(box.style.fontSize);
                float above = m.ascent() + box.padding(0) + box.style.borderWidth[0];
                float below = m.descent() + box.padding(2) + box.style.borderWidth[2];
                out.add(new LineBox.Span(box.style, s[0], -above, s[1] - s[0], above + below, s[2] > 0, s[3] > 0));
            }
            return List.copyOf(out);
        }
    }
}
