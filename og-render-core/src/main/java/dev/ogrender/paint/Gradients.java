package dev.ogrender.paint;

import dev.ogrender.style.ColorStop;
import dev.ogrender.style.LinearGradient;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a computed linear gradient against its box (CSS Images 3 section 3.1): the gradient line
 * through the centre, long enough that the corners get the end colours, stop positions fixed up, and
 * colours between stops of different alpha interpolated premultiplied, as CSS requires.
 */
final class Gradients {

    /** Extra stops inserted between two stops whose alpha differs, to approximate premultiplied mixing. */
    private static final int ALPHA_STEPS = 8;

    private Gradients() {
    }

    static PaintOp.FillLinearGradient linear(LinearGradient g, Shape shape, float x, float y, float w, float h) {
        double dx;
        double dy;
        if (g.cornerX() != 0 || g.cornerY() != 0) {
            dx = g.cornerX() * (double) h;
            dy = g.cornerY() * (double) w;
            double n = Math.hypot(dx, dy);
            dx /= n;
            dy /= n;
        } else {
            double a = Math.toRadians(g.angleDeg());
            dx = Math.sin(a);
            dy = -Math.cos(a);
        }
        double length = Math.abs(w * dx) + Math.abs(h * dy);
        List<ColorStop> expanded = ColorHints.expand(g.stops(), (float) length);
        if (expanded != g.stops()) {
            g = new LinearGradient(g.angleDeg(), g.cornerX(), g.cornerY(), g.repeating(), expanded);
        }
        double cx = x + w / 2.0;
        double cy = y + h / 2.0;
        double sx = cx - dx * length / 2;
        double sy = cy - dy * length / 2;

        float[] positions = positions(g.stops(), (float) length);
        float first = positions[0];
        float last = positions[positions.length - 1];
        if (last - first < 1e-4f) {
            // inline (wt/inline): all stops at one point (transparent 60%, gold 60%) is a hard edge there,
            // so the line must stay long enough for the device not to take it for a zero-length gradient
            last = first + (g.repeating() ? 1e-4f : 0.01f);
        }
        List<float[]> stops = new ArrayList<>();
        List<Integer> colors = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            float f = (positions[i] - first) / (last - first);
            int argb = g.stops().get(i).argb();
            if (i > 0) {
                int prev = g.stops().get(i - 1).argb();
                float prevF = stops.get(stops.size() - 1)[0];
                if ((prev >>> 24) != (argb >>> 24) && f > prevF) {
                    for (int k = 1; k < ALPHA_STEPS; k++) {
                        float t = k / (float) ALPHA_STEPS;
                        stops.add(new float[] {prevF + (f - prevF) * t});
                        colors.add(mixPremultiplied(prev, argb, t));
                    }
                }
                f = Math.max(f, stops.get(stops.size() - 1)[0] + 1e-6f);
            }
            stops.add(new float[] {f});
            colors.add(argb);
        }
        float[] fractions = new float[stops.size()];
        int[] argbs = new int[stops.size()];
        float top = stops.get(stops.size() - 1)[0];
        for (int i = 0; i < fractions.length; i++) {
            fractions[i] = top > 1 ? stops.get(i)[0] / top : stops.get(i)[0];
            argbs[i] = colors.get(i);
        }
        return new PaintOp.FillLinearGradient(shape,
                (float) (sx + dx * first), (float) (sy + dy * first),
                (float) (sx + dx * last), (float) (sy + dy * last), fractions, argbs, g.repeating());
    }

    /** Stop positions in px along the line: defaults at the ends, evenly spread gaps, never decreasing. */
    static float[] positions(List<ColorStop> stops, float length) {
        int n = stops.size();
        float[] p = new float[n];
        for (int i = 0; i < n; i++) {
            ColorStop s = stops.get(i);
            p[i] = s.position() == null ? Float.NaN : s.position().resolve(length, Float.NaN);
        }
        if (Float.isNaN(p[0])) {
            p[0] = 0;
        }
        if (Float.isNaN(p[n - 1])) {
            p[n - 1] = Math.max(length, p[0]);
        }
        float max = p[0];
        for (int i = 1; i < n; i++) {
            if (!Float.isNaN(p[i])) {
                p[i] = Math.max(p[i], max);
                max = p[i];
            }
        }
        for (int i = 1; i < n - 1; i++) {
            if (Float.isNaN(p[i])) {
                int j = i;
                while (Float.isNaN(p[j])) {
                    j++;
                }
                float from = p[i - 1];
                for (int k = i; k < j; k++) {
                    p[k] = from + (p[j] - from) * (k - i + 1) / (j - i + 1);
                }
            }
        }
        return p;
    }

    static int mixPremultiplied(int c0, int c1, float t) {
        float a0 = (c0 >>> 24) / 255f;
        float a1 = (c1 >>> 24) / 255f;
        float a = a0 + (a1 - a0) * t;
        if (a <= 0) {
            return 0;
        }
        int out = Math.round(a * 255) << 24;
        for (int shift = 16; shift >= 0; shift -= 8) {
            float v0 = ((c0 >> shift) & 0xFF) * a0;
            float v1 = ((c1 >> shift) & 0xFF) * a1;
            int v = Math.round((v0 + (v1 - v0) * t) / a);
            out |= Math.min(255, Math.max(0, v)) << shift;
        }
        return out;
    }
}
