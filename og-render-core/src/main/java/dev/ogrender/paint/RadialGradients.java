package dev.ogrender.paint;

import dev.ogrender.style.RadialGradient;
import java.awt.Shape;

/**
 * Resolves a computed radial gradient against its box (CSS Images 3 section 3.2): the centre, the
 * ending shape's radii from the extent keyword or explicit sizes, and stop positions along the
 * gradient ray (the horizontal radius).
 */
final class RadialGradients {

    /** Radii below this are degenerate; Chromium draws them as a tiny shape, so do we. */
    private static final float MIN_RADIUS = 1e-3f;

    private RadialGradients() {
    }

    static PaintOp.FillRadialGradient radial(RadialGradient g, Shape shape, float x, float y, float w, float h) {
        float cx = x + g.centerX().resolve(w, 0);
        float cy = y + g.centerY().resolve(h, 0);
        float[] r = radii(g, cx - x, x + w - cx, cy - y, y + h - cy, w, h);
        float rx = Math.max(MIN_RADIUS, r[0]);
        float ry = Math.max(MIN_RADIUS, r[1]);
        g = new RadialGradient(g.circle(), g.extent(), g.radiusX(), g.radiusY(), g.centerX(), g.centerY(),
            g.repeating(), ColorHints.expand(g.stops(), rx));
        float[] positions = Gradients.positions(g.stops(), rx);
        float first = positions[0];
        float last = positions[positions.length - 1];
        if (g.repeating() && last - first < 1e-3f) {
            // A zero-length period fills with the average colour in Chromium; the last colour is close.
            return new PaintOp.FillRadialGradient(shape, cx, cy, rx, ry, 0, 1, new float[] {0, 1},
                new int[] {g.stops().get(g.stops().size() - 1).argb(), g.stops().get(g.stops().size() - 1).argb()},
                false);
        }
        if (last - first < 1e-4f) {
            last = first + 1e-4f;
        }
        float[] fractions = new float[positions.length];
        int[] colors = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            fractions[i] = (positions[i] - first) / (last - first);
            colors[i] = g.stops().get(i).argb();
        }
        return new PaintOp.FillRadialGradient(shape, cx, cy, rx, ry, first / rx, last / rx, fractions, colors,
            g.repeating());
    }

    /** @return {rx, ry} for the distances from the centre to the left, right, top and bottom sides */
    static float[] radii(RadialGradient g, float left, float right, float top, float bottom, float w, float h) {
        float minX = Math.min(Math.abs(left), Math.abs(right));
        float maxX = Math.max(Math.abs(left), Math.abs(right));
        float minY = Math.min(Math.abs(top), Math.abs(bottom));
        float maxY = Math.max(Math.abs(top), Math.abs(bottom));
        switch (g.extent()) {
            case EXPLICIT: {
                float rx = g.radiusX().resolve(w, 0);
                float ry = g.circle() || g.radiusY() == null ? rx : g.radiusY().resolve(h, 0);
                return new float[] {rx, ry};
            }
            case CLOSEST_SIDE:
                return g.circle() ? both(Math.min(minX, minY)) : new float[] {minX, minY};
            case FARTHEST_SIDE:
                return g.circle() ? both(Math.max(maxX, maxY)) : new float[] {maxX, maxY};
            case CLOSEST_CORNER:
                return corner(g.circle(), minX, minY);
            default:
                return corner(g.circle(), maxX, maxY);
        }
    }

    private static float[] both(float r) {
        return new float[] {r, r};
    }

    /** A circle through the corner, or an ellipse through it with the side extent's aspect ratio. */
    private static float[] corner(boolean circle, float dx, float dy) {
        if (circle || dx <= 0 || dy <= 0) {
            float r = (float) Math.hypot(dx, dy);
            return both(r);
        }
        // (dx/rx)^2 + (dy/ry)^2 = 1 with rx/ry = dx/dy gives rx = dx * sqrt(2).
        float s = (float) Math.sqrt(2);
        return new float[] {dx * s, dy * s};
    }
}
