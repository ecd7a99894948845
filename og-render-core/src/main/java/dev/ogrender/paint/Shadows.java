package dev.ogrender.paint;

import dev.ogrender.layout.BoxFragment;
import dev.ogrender.layout.TextFragment;
import dev.ogrender.style.Filter;
import dev.ogrender.style.Shadow;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Box and text shadows (CSS Backgrounds 3 section 7, CSS Text Decoration 3 section 4). A blur radius
 * is a Gaussian of standard deviation blur / 2, as in browsers. Outer box shadows are cut out of the
 * border box and inset ones kept inside the padding box, both with anti-aliased masks.
 */
final class Shadows {

    private Shadows() {
    }

    /** Outer shadows, last declared first (the first is on top). */
    static void outer(BoxFragment f, DisplayList out) {
        List<Shadow> list = f.style().boxShadows;
        for (int i = list.size() - 1; i >= 0; i--) {
            Shadow s = list.get(i);
            if (s.inset() || (s.argb() >>> 24) == 0) {
                continue;
            }
            float[] r = BoxShapes.radii(f.style(), f.width(), f.height());
            float spread = s.spread();
            Shape shadow = BoxShapes.shape(f.x() + s.x() - spread, f.y() + s.y() - spread,
                Math.max(0, f.width() + 2 * spread), Math.max(0, f.height() + 2 * spread), spreadRadii(r, spread));
            Shape box = BoxShapes.borderBox(f);
            float margin = 3 * s.blur() / 2 + 1;
            Rectangle2D bounds = shadow.getBounds2D();
            bounds.setRect(bounds.getX() - margin, bounds.getY() - margin, bounds.getWidth() + 2 * margin,
                bounds.getHeight() + 2 * margin);
            out.add(new PaintOp.PushFilter(bounds, blur(s.blur()), box, false));
            out.add(new PaintOp.FillShape(shadow, s.argb()));
            out.add(new PaintOp.PopFilter());
        }
    }

    /** Inset shadows, painted above the background and below the border. */
    static void inset(BoxFragment f, DisplayList out) {
        List<Shadow> list = f.style().boxShadows;
        for (int i = list.size() - 1; i >= 0; i--) {
            Shadow s = list.get(i);
            if (!s.inset() || (s.argb() >>> 24) == 0) {
                continue;
            }
            Shape padding = BoxShapes.paddingBox(f);
            Rectangle2D pb = padding.getBounds2D();
            float[] b = f.border();
            float[] r = BoxShapes.radii(f.style(), f.width(), f.height());
            float[] inner = r == null ? null : BoxShapes.innerRadii(r, b);
            float spread = s.spread();
            Shape hole = BoxShapes.shape((float) pb.getX() + s.x() + spread, (float) pb.getY() + s.y() + spread,
                Math.max(0, (float) pb.getWidth() - 2 * spread), Math.max(0, (float) pb.getHeight() - 2 * spread),
                spreadRadii(inner, -spread));
            float margin = 3 * s.blur() / 2 + 1;
            Rectangle2D bounds = new Rectangle2D.Double(pb.getX() - margin, pb.getY() - margin,
                pb.getWidth() + 2 * margin, pb.getHeight() + 2 * margin);
            Rectangle2D outside = new Rectangle2D.Double(bounds.getX() - Math.abs(s.x()) - Math.abs(spread),
                bounds.getY() - Math.abs(s.y()) - Math.abs(spread), bounds.getWidth() + 2 * Math.abs(s.x())
                + 2 * Math.abs(spread), bounds.getHeight() + 2 * Math.abs(s.y()) + 2 * Math.abs(spread));
            Area ring = new Area(outside);
            ring.subtract(new Area(hole));
            out.add(new PaintOp.PushFilter(bounds, blur(s.blur()), padding, true));
            out.add(new PaintOp.FillShape(ring, s.argb()));
            out.add(new PaintOp.PopFilter());
        }
    }

    /** Text shadows of one slice of text, last declared first, each drawn as the glyphs offset. */
    static void text(TextFragment t, PaintOp.DrawGlyphs glyphs, DisplayList out) {
        List<Shadow> list = t.style().textShadows;
        for (int i = list.size() - 1; i >= 0; i--) {
            Shadow s = list.get(i);
            if ((s.argb() >>> 24) == 0) {
                continue;
            }
            PaintOp.DrawGlyphs shadow = new PaintOp.DrawGlyphs(glyphs.glyphs(), glyphs.x() + s.x(),
                glyphs.baseline() + s.y(), s.argb(), glyphs.hintZones());
            if (s.blur() <= 0) {
                out.add(shadow);
                continue;
            }
            float pad = t.run().size() * 0.5f + 3 * s.blur() / 2 + 2;
            Rectangle2D bounds = new Rectangle2D.Float(t.x() + s.x() - pad, t.lineTop() + s.y() - pad,
                t.width() + 2 * pad, t.lineHeight() + 2 * pad);
            out.add(new PaintOp.PushFilter(bounds, blur(s.blur()), null, false));
            out.add(shadow);
            out.add(new PaintOp.PopFilter());
        }
    }

    private static List<Filter> blur(float radius) {
        return radius <= 0 ? List.of() : List.of(new Filter(Filter.Kind.BLUR, radius / 2));
    }

    /**
     * Radii of a shadow grown by {@code spread} (CSS Backgrounds 3 section 7.1.1): zero radii stay
     * sharp, and radii smaller than the spread grow less, so small roundings do not balloon.
     */
    static float[] spreadRadii(float[] r, float spread) {
        if (r == null) {
            return null;
        }
        float[] out = new float[8];
        for (int i = 0; i < 8; i++) {
            if (r[i] <= 0) {
                continue;
            }
            if (spread < 0 || r[i] >= spread) {
                out[i] = Math.max(0, r[i] + spread);
            } else {
                float ratio = r[i] / spread - 1;
                out[i] = r[i] + spread * (1 + ratio * ratio * ratio);
            }
        }
        return out;
    }

    /** @return how far a box's outer shadows reach beyond its border box: left, top, right, bottom */
    static float[] overhang(BoxFragment f) {
        float[] o = new float[4];
        for (Shadow s : f.style().boxShadows) {
            if (s.inset()) {
                continue;
            }
            float reach = s.spread() + 3 * s.blur() / 2 + 1;
            o[0] = Math.max(o[0], reach - s.x());
            o[1] = Math.max(o[1], reach - s.y());
            o[2] = Math.max(o[2], reach + s.x());
            o[3] = Math.max(o[3], reach + s.y());
        }
        return o;
    }
}
