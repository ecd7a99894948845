package dev.ogrender.paint;

import dev.ogrender.layout.InlineBoxFragment;
import dev.ogrender.layout.TextFragment;
import dev.ogrender.style.BackgroundImage;
import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.LinearGradient;
import dev.ogrender.style.RadialGradient;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints the fragments of non-atomic inline boxes behind their block's text: background colour and
 * gradient layers over the border box, then solid borders, rounded where the box is. A fragment of a
 * box broken across lines is sliced (box-decoration-break: slice): the side where it was cut has no
 * border, no padding and square corners. Each fragment positions its gradients on its own padding box.
 */
final class InlineBoxPainter {

    private InlineBoxPainter() {
    }

    /**
     * Paints one fragment.
     *
     * @param texts the text of the fragment's block, for background-clip: text (the slices inside the
     *              fragment are the box's own)
     */
    static void paint(InlineBoxFragment fragment, List<TextFragment> texts, DisplayList out) {
        InlineBoxFragment f = snapped(fragment);
        ComputedStyle s = f.style();
        float[] b = s.borderWidth.clone();
        if (!f.first()) {
            b[3] = 0;
        }
        if (!f.last()) {
            b[1] = 0;
        }
        float[] r = BoxShapes.radii(s, f.width(), f.height());
        if (r != null) {
            if (!f.first()) {
                r[0] = r[1] = r[6] = r[7] = 0;
            }
            if (!f.last()) {
                r[2] = r[3] = r[4] = r[5] = 0;
            }
        }
        Shape outer = BoxShapes.shape(f.x(), f.y(), f.width(), f.height(), r);
        float ix = f.x() + b[3];
        float iy = f.y() + b[0];
        float iw = Math.max(0, f.width() - b[1] - b[3]);
        float ih = Math.max(0, f.height() - b[0] - b[2]);
        boolean clipText = s.backgroundClipText && hasBackground(s);
        if (clipText) {
            out.add(new PaintOp.PushFilter(new Rectangle2D.Float(f.x(), f.y(), f.width(), f.height()), List.of(),
                    TextClip.of(inside(f, texts)), true));
        }
        if ((s.backgroundColor >>> 24) != 0) {
            out.add(new PaintOp.FillShape(outer, s.backgroundColor));
        }
        for (int i = s.backgroundImages.size() - 1; i >= 0; i--) {
            BackgroundImage layer = s.backgroundImages.get(i);
            if (layer instanceof LinearGradient g) {
                out.add(Gradients.linear(g, outer, ix, iy, iw, ih));
            } else if (layer instanceof RadialGradient g) {
                out.add(RadialGradients.radial(g, outer, ix, iy, iw, ih));
            }
        }
        if (clipText) {
            out.add(new PaintOp.PopFilter());
        }
        if (b[0] > 0 || b[1] > 0 || b[2] > 0 || b[3] > 0) {
            Shape inner = BoxShapes.shape(ix, iy, iw, ih, r == null ? null : BoxShapes.innerRadii(r, b));
            borders(f, s, b, outer, inner, out);
        }
    }

    /** Blink paints box decorations on a pixel-snapped rect: edges rounded to whole device pixels. */
    private static InlineBoxFragment snapped(InlineBoxFragment f) {
        float x = Math.round(f.x());
        float y = Math.round(f.y());
        return new InlineBoxFragment(f.style(), x, y, Math.round(f.x() + f.width()) - x,
                Math.round(f.y() + f.height()) - y, f.first(), f.last());
    }

    private static boolean hasBackground(ComputedStyle s) {
        return (s.backgroundColor >>> 24) != 0 || !s.backgroundImages.isEmpty();
    }

    /** @return the text slices whose middle lies inside the fragment: the box's own text on that line */
    private static List<TextFragment> inside(InlineBoxFragment f, List<TextFragment> texts) {
        List<TextFragment> out = new ArrayList<>();
        for (TextFragment t : texts) {
            float mid = t.x() + t.width() / 2;
            if (mid > f.x() && mid < f.x() + f.width() && t.baseline() > f.y() && t.baseline() < f.y() + f.height()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Borders drawn solid: one ring when the drawn sides share a colour, else one trapezoid per side. */
    private static void borders(InlineBoxFragment f, ComputedStyle s, float[] b, Shape outer, Shape inner,
            DisplayList out) {
        Path2D.Float ring = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        ring.append(outer, false);
        ring.append(inner, false);
        int same = sameColor(s.borderColor, b);
        if (same != 0) {
            out.add(new PaintOp.FillShape(ring, same));
            return;
        }
        Area area = new Area(ring);
        float x = f.x();
        float y = f.y();
        float rt = x + f.width();
        float bt = y + f.height();
        float[][] quads = {
            {x, y, rt, y, rt - b[1], y + b[0], x + b[3], y + b[0]},
            {rt, y, rt, bt, rt - b[1], bt - b[2], rt - b[1], y + b[0]},
            {rt, bt, x, bt, x + b[3], bt - b[2], rt - b[1], bt - b[2]},
            {x, bt, x, y, x + b[3], y + b[0], x + b[3], bt - b[2]}};
        for (int side = 0; side < 4; side++) {
            int argb = s.borderColor[side];
            if (b[side] <= 0 || (argb >>> 24) == 0) {
                continue;
            }
            Path2D.Float p = new Path2D.Float();
            p.moveTo(quads[side][0], quads[side][1]);
            for (int i = 2; i < 8; i += 2) {
                p.lineTo(quads[side][i], quads[side][i + 1]);
            }
            p.closePath();
            Area a = new Area(p);
            a.intersect(area);
            out.add(new PaintOp.FillShape(a, argb));
        }
    }

    /** @return the one colour of all drawn sides, or 0 when they differ or are transparent */
    private static int sameColor(int[] colors, float[] widths) {
        int found = 0;
        for (int i = 0; i < 4; i++) {
            if (widths[i] > 0) {
                if (found != 0 && colors[i] != found) {
                    return 0;
                }
                found = colors[i];
            }
        }
        return found;
    }
}
