package dev.ogrender.paint;

import dev.ogrender.layout.BoxFragment;
import dev.ogrender.layout.TextFragment;
import dev.ogrender.style.Keywords.Overflow;
import java.awt.geom.Rectangle2D;

/** The area a fragment and its descendants can paint, for sizing transparency layers. */
final class Bounds {

    private Bounds() {
    }

    static Rectangle2D of(BoxFragment f) {
        Rectangle2D.Float r = new Rectangle2D.Float(f.x(), f.y(), f.width(), f.height());
        if (f.style().overflow == Overflow.HIDDEN) {
            return r;
        }
        for (TextFragment t : f.text()) {
            // Glyphs overhang their advance and line box (italics, accents, anti-aliasing).
            float pad = t.run().size() * 0.5f + 2;
            r.add(new Rectangle2D.Float(t.x() - pad, t.lineTop() - pad, t.width() + 2 * pad, t.lineHeight() + 2 * pad));
        }
        for (BoxFragment child : f.children()) {
            r.add(of(child));
        }
        return r;
    }
}
