package dev.ogrender.paint;

import dev.ogrender.layout.BoxFragment;
import dev.ogrender.layout.TextFragment;
import dev.ogrender.text.TextShaper;
import java.awt.geom.Path2D;

/**
 * {@code background-clip: text}: the outlines of every glyph in a box and its descendants, placed and
 * hinted exactly as {@link GlyphRasterizer} draws them, so the background shows through the text.
 */
final class TextClip {

    private TextClip() {
    }

    /** @return the glyph outlines of the box's text and its descendants' */
    static Path2D.Float of(BoxFragment f) {
        Path2D.Float all = new Path2D.Float(Path2D.WIND_NON_ZERO);
        collect(f, all);
        return all;
    }

    /** @return the glyph outlines of some text fragments (inline (wt/inline): an inline box's own text) */
    static Path2D.Float of(Iterable<TextFragment> texts) {
        Path2D.Float all = new Path2D.Float(Path2D.WIND_NON_ZERO);
        for (TextFragment t : texts) {
            append(t, all);
        }
        return all;
    }

    private static void collect(BoxFragment f, Path2D.Float all) {
        for (TextFragment t : f.text()) {
            append(t, all);
        }
        for (BoxFragment child : f.children()) {
            collect(child, all);
        }
    }

    private static void append(TextFragment t, Path2D.Float all) {
        float baseline = Math.round(t.baseline());
        float[] em = t.run().face().hintZones();
        float[] zones = new float[em.length];
        for (int i = 0; i < em.length; i++) {
            zones[i] = em[i] * t.run().size();
        }
        all.append(VerticalHinter.apply(t.run().glyphs(t.start(), t.end(), TextShaper.FRC)
            .getOutline(t.x(), baseline), baseline, zones), false);
    }
}
