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
        float[] o = Shadows.overhang(f);
        r.add(new Rectangle2D.Float(f.x() - o[0], f.y() - o[1], f.width() + o[0] + o[2], f.height() + o[1] + o[3]));
        if (f.style().overflow == Overflow.HIDDEN) {
            return r;
        }
        for (TextFragment t : f.text()) {
            // Glyphs overhang their advance and line box (italics, accents, anti-aliasing).
            float pad = t.run().size() * 0.5f + 2;
            for (dev.ogrender.style.Shadow sh : t.style().textShadows) {
                pad = Math.max(pad, t.run().size() * 0.5f + 2 + Math.abs(sh.x()) + Math.abs(sh.y()) + 1.5f * sh.blur());
            }
            r.add(new Rectangle2D.Float(t.x() - pad, t.lineTop() - pad, t.width() + 2 * pad, t.lineHeight() + 2 * pad));
        }
        for (BoxFragment child : f.children()) {
            Rectangle2D c = of(child);
            java.awt.geom.AffineTransform t = Transforms.of(child);
            r.add(t == null ? c : t.createTransformedShape(c).getBounds2D());
        }
        return r;
    }
}
