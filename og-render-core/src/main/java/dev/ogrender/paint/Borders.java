package dev.ogrender.paint;

import dev.ogrender.layout.BoxFragment;
import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.Keywords.BorderStyle;
import java.awt.geom.Area;
import java.awt.geom.Path2D;

/**
 * Solid borders: the ring between the border box and the padding box, rounded where the box is. When
 * the sides differ in colour, each side is the ring cut by the trapezoid that joins the box's outer
 * and inner corners, as browsers split corners.
 */
final class Borders {

    private Borders() {
    }

    static void paint(BoxFragment f, DisplayList out) {
        float[] b = f.border();
        if (b[0] <= 0 && b[1] <= 0 && b[2] <= 0 && b[3] <= 0) {
            return;
        }
        ComputedStyle s = f.style();
        if (!allSolid(s, b)) {
            StyledBorders.paint(f, out);
            return;
        }
        Path2D.Float ring = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        ring.append(BoxShapes.borderBox(f), false);
        ring.append(BoxShapes.paddingBox(f), false);
        int[] c = s.borderColor;
        if (sameColor(b, c)) {
            // the colour of a side that has width: top's may be currentColor on a left-only border
            int color = c[firstDrawnSide(b)];
            if ((color >>> 24) != 0) {
                out.add(new PaintOp.FillShape(ring, color));
            }
            return;
        }
        float x = f.x();
        float y = f.y();
        float r = x + f.width();
        float btm = y + f.height();
        Area area = new Area(ring);
        side(out, area, c[0], b[0], new float[] {x, y, r, y, r - b[1], y + b[0], x + b[3], y + b[0]});
        side(out, area, c[1], b[1], new float[] {r, y, r, btm, r - b[1], btm - b[2], r - b[1], y + b[0]});
        side(out, area, c[2], b[2], new float[] {r, btm, x, btm, x + b[3], btm - b[2], r - b[1], btm - b[2]});
        side(out, area, c[3], b[3], new float[] {x, btm, x, y, x + b[3], y + b[0], x + b[3], btm - b[2]});
    }

    private static int firstDrawnSide(float[] widths) {
        for (int i = 0; i < 4; i++) {
            if (widths[i] > 0) {
                return i;
            }
        }
        return 0;
    }

    private static boolean allSolid(ComputedStyle s, float[] widths) {
        for (int i = 0; i < 4; i++) {
            if (widths[i] > 0 && s.borderStyle[i] != BorderStyle.SOLID) {
                return false;
            }
        }
        return true;
    }

    /** @return the trapezoid joining the outer and inner corners of one side (0 top, 1 right, 2 bottom, 3 left) */
    static Path2D.Float sideQuad(BoxFragment f, int side) {
        float[] b = f.border();
        float x = f.x();
        float y = f.y();
        float r = x + f.width();
        float btm = y + f.height();
        float[] q = switch (side) {
            case 0 -> new float[] {x, y, r, y, r - b[1], y + b[0], x + b[3], y + b[0]};
            case 1 -> new float[] {r, y, r, btm, r - b[1], btm - b[2], r - b[1], y + b[0]};
            case 2 -> new float[] {r, btm, x, btm, x + b[3], btm - b[2], r - b[1], btm - b[2]};
            default -> new float[] {x, btm, x, y, x + b[3], y + b[0], x + b[3], btm - b[2]};
        };
        Path2D.Float p = new Path2D.Float();
        p.moveTo(q[0], q[1]);
        for (int i = 2; i < q.length; i += 2) {
            p.lineTo(q[i], q[i + 1]);
        }
        p.closePath();
        return p;
    }

    private static boolean sameColor(float[] widths, int[] colors) {
        int first = -1;
        for (int i = 0; i < 4; i++) {
            if (widths[i] > 0) {
                if (first >= 0 && colors[i] != colors[first]) {
                    return false;
                }
                first = i;
            }
        }
        return true;
    }

    private static void side(DisplayList out, Area ring, int argb, float width, float[] quad) {
        if (width <= 0 || (argb >>> 24) == 0) {
            return;
        }
        Path2D.Float p = new Path2D.Float();
        p.moveTo(quad[0], quad[1]);
        for (int i = 2; i < quad.length; i += 2) {
            p.lineTo(quad[i], quad[i + 1]);
        }
        p.closePath();
        Area a = new Area(p);
        a.intersect(ring);
        out.add(new PaintOp.FillShape(a, argb));
    }
}
