package dev.ogrender.paint;

import dev.ogrender.layout.BoxFragment;
import dev.ogrender.style.ComputedStyle;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The border box and padding box of a fragment as shapes, with rounded corners per CSS Backgrounds 3
 * section 5 (percentages per axis, radii scaled down together when adjacent ones overlap).
 */
final class BoxShapes {

    /** Bezier handle length for a quarter ellipse. */
    private static final double KAPPA = 0.5522847498;

    private BoxShapes() {
    }

    /** @return rx, ry for top-left, top-right, bottom-right, bottom-left; null when all are 0 */
    static float[] radii(ComputedStyle s, float w, float h) {
        float[] r = new float[8];
        boolean any = false;
        for (int c = 0; c < 4; c++) {
            r[2 * c] = Math.max(0, s.radiusX[c].resolve(w, 0));
            r[2 * c + 1] = Math.max(0, s.radiusY[c].resolve(h, 0));
            any |= r[2 * c] > 0 && r[2 * c + 1] > 0;
        }
        if (!any) {
            return null;
        }
        float f = 1;
        f = Math.min(f, ratio(w, r[0] + r[2]));
        f = Math.min(f, ratio(w, r[6] + r[4]));
        f = Math.min(f, ratio(h, r[1] + r[7]));
        f = Math.min(f, ratio(h, r[3] + r[5]));
        if (f < 1) {
            for (int i = 0; i < 8; i++) {
                r[i] *= f;
            }
        }
        return r;
    }

    private static float ratio(float side, float sum) {
        return sum > side ? side / sum : 1;
    }

    static Shape borderBox(BoxFragment f) {
        float[] r = radii(f.style(), f.width(), f.height());
        return shape(f.x(), f.y(), f.width(), f.height(), r);
    }

    static Shape paddingBox(BoxFragment f) {
        float[] b = f.border();
        float[] r = radii(f.style(), f.width(), f.height());
        float x = f.x() + b[3];
        float y = f.y() + b[0];
        float w = Math.max(0, f.width() - b[1] - b[3]);
        float h = Math.max(0, f.height() - b[0] - b[2]);
        if (r == null) {
            return new Rectangle2D.Float(x, y, w, h);
        }
        return shape(x, y, w, h, innerRadii(r, b));
    }

    /** @return the border box inset by the given top, right, bottom, left amounts, radii reduced to match */
    static Shape inset(BoxFragment f, float[] in) {
        float[] r = radii(f.style(), f.width(), f.height());
        float x = f.x() + in[3];
        float y = f.y() + in[0];
        float w = Math.max(0, f.width() - in[1] - in[3]);
        float h = Math.max(0, f.height() - in[0] - in[2]);
        return shape(x, y, w, h, r == null ? null : innerRadii(r, in));
    }

    /** @return the padding box's radii: the border box's less the adjacent border widths */
    static float[] innerRadii(float[] r, float[] b) {
        return new float[] {
            Math.max(0, r[0] - b[3]), Math.max(0, r[1] - b[0]),
            Math.max(0, r[2] - b[1]), Math.max(0, r[3] - b[0]),
            Math.max(0, r[4] - b[1]), Math.max(0, r[5] - b[2]),
            Math.max(0, r[6] - b[3]), Math.max(0, r[7] - b[2])};
    }

    static Shape shape(float x, float y, float w, float h, float[] r) {
        if (r == null) {
            return new Rectangle2D.Float(x, y, w, h);
        }
        Path2D.Float p = new Path2D.Float();
        double right = x + w;
        double bottom = y + h;
        p.moveTo(x + r[0], y);
        p.lineTo(right - r[2], y);
        corner(p, right - r[2], y, right, y + r[3], true);
        p.lineTo(right, bottom - r[5]);
        corner(p, right, bottom - r[5], right - r[4], bottom, false);
        p.lineTo(x + r[6], bottom);
        corner(p, x + r[6], bottom, x, bottom - r[7], true);
        p.lineTo(x, y + r[1]);
        corner(p, x, y + r[1], x + r[0], y, false);
        p.closePath();
        return p;
    }

    /**
     * A quarter ellipse from (x0, y0) to (x1, y1). Horizontal-first corners leave along x and arrive
     * along y; the others the reverse.
     */
    private static void corner(Path2D p, double x0, double y0, double x1, double y1, boolean horizontalFirst) {
        if (horizontalFirst) {
            p.curveTo(x0 + (x1 - x0) * KAPPA, y0, x1, y1 - (y1 - y0) * KAPPA, x1, y1);
        } else {
            p.curveTo(x0, y0 + (y1 - y0) * KAPPA, x1 - (x1 - x0) * KAPPA, y1, x1, y1);
        }
    }
}
