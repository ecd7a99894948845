package dev.ogrender.paint;

import dev.ogrender.style.ColorStop;
import dev.ogrender.style.Length;
import java.util.ArrayList;
import java.util.List;

/**
 * Colour transition hints (CSS Images 4 section 3.5.3): between two stops, the colour mixes by
 * {@code pow(p, ln 0.5 / ln h)} where h is the hint's relative position. Like Blink, each hint becomes
 * nine colour stops (seven on the longer side of the hint), so the rasters only ever see linear runs.
 */
final class ColorHints {

    private ColorHints() {
    }

    /** @return the stops with every hint replaced by positioned colour stops (the same list when none) */
    static List<ColorStop> expand(List<ColorStop> stops, float length) {
        if (stops.stream().noneMatch(ColorStop::hint)) {
            return stops;
        }
        List<ColorStop> colours = new ArrayList<>();
        for (ColorStop s : stops) {
            if (!s.hint()) {
                colours.add(s);
            }
        }
        float[] p = Gradients.positions(colours, length);
        List<ColorStop> out = new ArrayList<>();
        int c = 0;
        for (ColorStop s : stops) {
            if (!s.hint()) {
                out.add(new ColorStop(s.argb(), Length.px(p[c])));
                c++;
                continue;
            }
            float left = p[c - 1];
            float right = p[c];
            float at = Math.max(left, Math.min(right, s.position().resolve(length, 0)));
            replace(out, colours.get(c - 1).argb(), colours.get(c).argb(), left, at, right);
        }
        return out;
    }

    private static void replace(List<ColorStop> out, int from, int to, float left, float at, float right) {
        float total = right - left;
        if (total <= 0 || Math.abs(at - (left + right) / 2) < 1e-4f * Math.max(1, total)) {
            return;
        }
        if (at <= left) {
            out.add(new ColorStop(to, Length.px(left)));
            return;
        }
        if (at >= right) {
            out.add(new ColorStop(from, Length.px(right)));
            return;
        }
        float leftDist = at - left;
        float rightDist = right - at;
        float[] offsets = new float[9];
        if (leftDist > rightDist) {
            for (int y = 0; y < 7; y++) {
                offsets[y] = left + leftDist * (7 + y) / 13;
            }
            offsets[7] = at + rightDist / 3;
            offsets[8] = at + rightDist * 2 / 3;
        } else {
            offsets[0] = left + leftDist / 3;
            offsets[1] = left + leftDist * 2 / 3;
            for (int y = 0; y < 7; y++) {
                offsets[y + 2] = at + rightDist * y / 13;
            }
        }
        double exponent = Math.log(0.5) / Math.log(leftDist / total);
        for (float o : offsets) {
            float mix = (float) Math.pow((o - left) / total, exponent);
            out.add(new ColorStop(Gradients.mixPremultiplied(from, to, mix), Length.px(o)));
        }
    }
}
