package dev.ogrender.style;

import dev.ogrender.style.RadialGradient.Extent;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code radial-gradient()} and {@code repeating-radial-gradient()} (CSS Images 3 section 3.2): an
 * optional ending shape ({@code circle}, {@code ellipse}), size (an extent keyword or radii) and
 * {@code at <position>}, then colour stops as for linear gradients.
 */
final class RadialGradients {

    private RadialGradients() {
    }

    /** What the head of the function said. */
    private static final class Head {
        Boolean circle;
        Extent extent;
        Len rx;
        Len ry;
        Len[] at = {BoxPosition.CENTER, BoxPosition.CENTER};
    }

    /**
     * @param fn a {@code radial-gradient(...)} or {@code repeating-radial-gradient(...)} function token
     * @return how to compute it for an element
     */
    static Applier.Gradient parse(Token fn) {
        boolean repeating = fn.functionName().startsWith("repeating-");
        List<List<Token>> args = fn.args();
        Head head = new Head();
        int first = 0;
        if (!args.get(0).isEmpty() && !Colors.isColor(args.get(0).get(0))) {
            head(args.get(0), head);
            first = 1;
        }
        List<Gradients.Stop> stops = new ArrayList<>();
        for (int i = first; i < args.size(); i++) {
            Gradients.stop(args.get(i), stops);
        }
        Gradients.validate(stops);
        boolean circle = head.circle != null ? head.circle
            : head.rx != null && head.ry == null;
        if (circle && head.ry != null || circle && head.rx != null && head.rx.isPercent()) {
            throw InvalidValue.invalid();
        }
        Extent extent = head.rx != null ? Extent.EXPLICIT
            : head.extent != null ? head.extent : Extent.FARTHEST_CORNER;
        Head h = head;
        return (s, rem) -> new RadialGradient(circle, extent, compute(h.rx, s, rem), compute(h.ry, s, rem),
            compute(h.at[0], s, rem), compute(h.at[1], s, rem), repeating, Gradients.compute(stops, s, rem));
    }

    private static Length compute(Len len, ComputedStyle s, float rem) {
        return len == null ? null : len.compute(s.fontSize, rem);
    }

    private static void head(List<Token> v, Head h) {
        int at = v.size();
        for (int i = 0; i < v.size(); i++) {
            if (v.get(i).isIdent("at")) {
                at = i;
                break;
            }
        }
        if (at < v.size()) {
            h.at = BoxPosition.parse(v.subList(at + 1, v.size()));
        }
        for (Token t : v.subList(0, at)) {
            if (h.circle == null && (t.isIdent("circle") || t.isIdent("ellipse"))) {
                h.circle = t.isIdent("circle");
            } else if (h.extent == null && h.rx == null && t.is(Token.Type.IDENT)) {
                h.extent = extent(t);
            } else if (h.extent == null && h.ry == null && !t.is(Token.Type.IDENT)) {
                Len len = Values.length(t, true, false);
                if (h.rx == null) {
                    h.rx = len;
                } else {
                    h.ry = len;
                }
            } else {
                throw InvalidValue.invalid();
            }
        }
    }

    private static Extent extent(Token t) {
        return switch (t.lower()) {
            case "closest-side" -> Extent.CLOSEST_SIDE;
            case "closest-corner" -> Extent.CLOSEST_CORNER;
            case "farthest-side" -> Extent.FARTHEST_SIDE;
            case "farthest-corner" -> Extent.FARTHEST_CORNER;
            default -> throw InvalidValue.invalid();
        };
    }
}
