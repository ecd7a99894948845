package dev.ogrender.paint;

import dev.ogrender.layout.BoxFragment;
import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.Keywords.BorderStyle;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/**
 * Dashed, dotted and double borders, each side cut by its corner trapezoid as solid borders are.
 * Dashes and dots follow Blink's stroke data: dashes of 3 (2 from 3px up) times the width with gaps
 * of 2 (1) times it, dots as round dots one width across (square dots up to 3px wide); the gap is
 * stretched or shrunk so that whole dashes end at both corners. Rounded boxes stroke the centre line
 * of the rounded border.
 */
final class StyledBorders {

    /** Shrinks the fitted gap a hair so float error never drops the dash that ends on the far corner. */
    private static final float SLACK = 0.9999f;

    /** Blink's StrokeIsDashed: dotted lines up to this width are drawn as square dashes. */
    private static final float THIN_DOT = 3;

    private StyledBorders() {
    }

    static void paint(BoxFragment f, DisplayList out) {
        ComputedStyle s = f.style();
        float[] b = f.border();
        boolean round = BoxShapes.radii(s, f.width(), f.height()) != null;
        if (uniform(s, b) && (round || s.borderStyle[0] == BorderStyle.DOUBLE)) {
            // One style, width and colour all round a rounded box: the dashes stroked along the centre line
            // already lie inside the border, and area operations on dozens of dashes cost tens of ms.
            out.add(new PaintOp.FillShape(s.borderStyle[0] == BorderStyle.DOUBLE ? doubleStripes(f)
                : dashes(f, 0, true), s.borderColor[0]));
            return;
        }
        Area ring = new Area(BoxShapes.borderBox(f));
        ring.subtract(new Area(BoxShapes.paddingBox(f)));
        boolean rounded = round;
        // Sides of one colour are filled as one shape: no anti-aliased seam where they meet at a corner.
        java.util.Map<Integer, Area> byColor = new java.util.LinkedHashMap<>();
        for (int side = 0; side < 4; side++) {
            int argb = s.borderColor[side];
            if (b[side] <= 0 || (argb >>> 24) == 0 || s.borderStyle[side] == BorderStyle.NONE) {
                continue;
            }
            Area region = new Area(rounded ? wedge(f, side) : Borders.sideQuad(f, side));
            region.intersect(ring);
            switch (s.borderStyle[side]) {
                case DOUBLE -> region.intersect(doubleStripes(f));
                case DASHED, DOTTED -> region.intersect(new Area(dashes(f, side, rounded)));
                default -> { }
            }
            byColor.computeIfAbsent(argb, c -> new Area()).add(region);
        }
        byColor.forEach((argb, area) -> out.add(new PaintOp.FillShape(area, argb)));
    }

    private static boolean uniform(ComputedStyle s, float[] b) {
        for (int i = 1; i < 4; i++) {
            if (b[i] != b[0] || s.borderStyle[i] != s.borderStyle[0] || s.borderColor[i] != s.borderColor[0]) {
                return false;
            }
        }
        return b[0] > 0 && (s.borderColor[0] >>> 24) != 0;
    }

    /**
     * A side's share of a rounded border: the corner lines from outer to inner corner continued until
     * they reach the box's middle, so the side takes half of each rounded corner as browsers split them.
     */
    private static Path2D.Float wedge(BoxFragment f, int side) {
        float[] b = f.border();
        float x = f.x();
        float y = f.y();
        float r = x + f.width();
        float btm = y + f.height();
        float tx = f.width() / 2;
        float ty = f.height() / 2;
        float[] q = switch (side) {
            case 0 -> new float[] {x, y, r, y, r - b[1] / b[0] * ty, y + ty, x + b[3] / b[0] * ty, y + ty};
            case 1 -> new float[] {r, y, r, btm, r - tx, btm - b[2] / b[1] * tx, r - tx, y + b[0] / b[1] * tx};
            case 2 -> new float[] {r, btm, x, btm, x + b[3] / b[2] * ty, btm - ty, r - b[1] / b[2] * ty, btm - ty};
            default -> new float[] {x, btm, x, y, x + tx, y + b[0] / b[3] * tx, x + tx, btm - b[2] / b[3] * tx};
        };
        Path2D.Float p = new Path2D.Float();
        p.moveTo(q[0], q[1]);
        for (int i = 2; i < q.length; i += 2) {
            p.lineTo(q[i], q[i + 1]);
        }
        p.closePath();
        return p;
    }

    /** The outer and inner thirds of the border (Blink's rounding: outer (w + 1) / 3, inner from (2w + 1) / 3). */
    private static Area doubleStripes(BoxFragment f) {
        float[] b = f.border();
        float[] outer = new float[4];
        float[] inner = new float[4];
        for (int i = 0; i < 4; i++) {
            outer[i] = (float) Math.floor((b[i] + 1) / 3);
            inner[i] = (float) Math.floor((b[i] * 2 + 1) / 3);
        }
        Area a = new Area(BoxShapes.borderBox(f));
        a.subtract(new Area(BoxShapes.inset(f, outer)));
        a.add(new Area(BoxShapes.inset(f, inner)));
        a.subtract(new Area(BoxShapes.paddingBox(f)));
        return a;
    }

    /** The dashes or dots of one side, as a filled shape along the side's centre line. */
    private static Shape dashes(BoxFragment f, int side, boolean rounded) {
        float w = f.border()[side];
        boolean dotted = f.style().borderStyle[side] == BorderStyle.DOTTED;
        Shape line;
        float length;
        boolean closed;
        if (rounded) {
            float[] half = new float[4];
            for (int i = 0; i < 4; i++) {
                half[i] = f.border()[i] / 2;
            }
            line = BoxShapes.inset(f, half);
            length = pathLength(line);
            closed = true;
        } else {
            line = dotted ? dotLine(f, side) : centreLine(f, side);
            Line2D l = (Line2D) line;
            length = (float) l.getP1().distance(l.getP2());
            closed = false;
        }
        if (dotted && !rounded && w <= THIN_DOT) {
            // Blink strokes a dotted line no wider than 3px as dashes one width long (square dots) from
            // corner to corner, the gap fitted like a dashed line's, not as round dots.
            Line2D l = centreLine(f, side);
            float len = (float) l.getP1().distance(l.getP2());
            float gap = bestGap(len, w, w, false) * SLACK;
            return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {w, gap}, 0)
                .createStrokedShape(l);
        }
        float dash = dotted ? 0 : w * (w >= 3 ? 2 : 3);
        float gap = dotted ? w : w * (w >= 3 ? 1 : 2);
        if (dotted) {
            // A dot is a zero-length dash with round caps, one centred on each end of an open line, so
            // the dots fit a length one width longer; the pitch is the width plus the gap.
            gap = (bestGap(closed ? length : length + w, w, gap, closed) + w) * SLACK;
            return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER, 10,
                new float[] {0, gap}, 0).createStrokedShape(line);
        }
        if (length <= 2 * dash) {
            return new BasicStroke(w).createStrokedShape(line);
        }
        gap = bestGap(length, dash, gap, closed) * SLACK;
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {dash, gap}, 0)
            .createStrokedShape(line);
    }

    /** The centre line of a straight side, from outer corner to outer corner. */
    private static Line2D centreLine(BoxFragment f, int side) {
        float[] b = f.border();
        float x = f.x();
        float y = f.y();
        float r = x + f.width();
        float btm = y + f.height();
        return switch (side) {
            case 0 -> new Line2D.Float(x, y + b[0] / 2, r, y + b[0] / 2);
            case 1 -> new Line2D.Float(r - b[1] / 2, y, r - b[1] / 2, btm);
            case 2 -> new Line2D.Float(r, btm - b[2] / 2, x, btm - b[2] / 2);
            default -> new Line2D.Float(x + b[3] / 2, btm, x + b[3] / 2, y);
        };
    }

    /** Dotted sides run from corner square centre to corner square centre: the corner dots are whole. */
    private static Line2D dotLine(BoxFragment f, int side) {
        float[] b = f.border();
        float x = f.x();
        float y = f.y();
        float r = x + f.width();
        float btm = y + f.height();
        return switch (side) {
            case 0 -> new Line2D.Float(x + b[3] / 2, y + b[0] / 2, r - b[1] / 2, y + b[0] / 2);
            case 1 -> new Line2D.Float(r - b[1] / 2, y + b[0] / 2, r - b[1] / 2, btm - b[2] / 2);
            case 2 -> new Line2D.Float(r - b[1] / 2, btm - b[2] / 2, x + b[3] / 2, btm - b[2] / 2);
            default -> new Line2D.Float(x + b[3] / 2, btm - b[2] / 2, x + b[3] / 2, y + b[0] / 2);
        };
    }

    /**
     * The gap nearest the wanted one that fits a whole number of dashes (Blink's SelectBestDashGap): an
     * open line starts and ends with a dash, a closed path has as many gaps as dashes.
     */
    static float bestGap(float length, float dash, float gap, boolean closed) {
        float available = closed ? length : length + gap;
        float minDashes = (float) Math.floor(available / (dash + gap));
        float maxDashes = minDashes + 1;
        float minGaps = closed ? minDashes : minDashes - 1;
        float maxGaps = closed ? maxDashes : maxDashes - 1;
        float minGap = minGaps <= 0 ? gap : (length - minDashes * dash) / minGaps;
        float maxGap = (length - maxDashes * dash) / maxGaps;
        return maxGap <= 0 || Math.abs(minGap - gap) < Math.abs(maxGap - gap) ? minGap : maxGap;
    }

    private static float pathLength(Shape s) {
        float[] c = new float[6];
        float len = 0;
        float lx = 0;
        float ly = 0;
        float mx = 0;
        float my = 0;
        for (java.awt.geom.PathIterator it = s.getPathIterator(null, 0.25); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == java.awt.geom.PathIterator.SEG_MOVETO) {
                mx = c[0];
                my = c[1];
            } else if (type == java.awt.geom.PathIterator.SEG_CLOSE) {
                len += (float) Math.hypot(mx - lx, my - ly);
                c[0] = mx;
                c[1] = my;
            } else {
                len += (float) Math.hypot(c[0] - lx, c[1] - ly);
            }
            lx = c[0];
            ly = c[1];
        }
        return len;
    }
}
