package dev.ogrender.style;

import dev.ogrender.style.Token.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code linear-gradient()} and {@code repeating-linear-gradient()} (CSS Images 3, section 3.1): an
 * angle or a {@code to} side/corner, then two or more colour stops with zero, one or two positions.
 * Stop positions in {@code em}/{@code rem} and {@code currentColor} stops resolve per element.
 */
final class Gradients {

    /** Degrees per unit, for angle dimensions. */
    private static final float RAD = (float) (180 / Math.PI);

    private Gradients() {
    }

    /** A declared stop: colour (null for currentColor) and optional position. */
    record Stop(Integer argb, Len position, boolean hint) {
        Stop(Integer argb, Len position) {
            this(argb, position, false);
        }
    }

    /** Two or more colour stops; a colour hint only between two colour stops (CSS Images 4 section 3.5). */
    static void validate(List<Stop> stops) {
        int colours = 0;
        for (int i = 0; i < stops.size(); i++) {
            if (!stops.get(i).hint()) {
                colours++;
            } else if (i == 0 || i == stops.size() - 1 || stops.get(i - 1).hint()) {
                throw InvalidValue.invalid();
            }
        }
        if (colours < 2) {
            throw InvalidValue.invalid();
        }
    }

    /**
     * @param fn a {@code linear-gradient(...)} or {@code repeating-linear-gradient(...)} function token
     * @return how to compute it for an element
     */
    static Applier.Gradient parse(Token fn) {
        boolean repeating = fn.functionName().equals("repeating-linear-gradient");
        List<List<Token>> args = fn.args();
        float angle = 180;
        int cornerX = 0;
        int cornerY = 0;
        int first = 0;
        List<Token> head = args.get(0);
        if (!head.isEmpty() && head.get(0).isIdent("to")) {
            int[] corner = direction(head.subList(1, head.size()));
            cornerX = corner[0];
            cornerY = corner[1];
            if (cornerX == 0 || cornerY == 0) {
                // A side is a fixed angle; only corners depend on the box.
                angle = cornerY < 0 ? 0 : cornerX > 0 ? 90 : cornerY > 0 ? 180 : 270;
                cornerX = 0;
                cornerY = 0;
            }
            first = 1;
        } else if (head.size() == 1 && (head.get(0).is(Type.DIMENSION) || isZero(head.get(0)))) {
            angle = isZero(head.get(0)) ? 0 : angle(head.get(0));
            first = 1;
        }
        List<Stop> stops = new ArrayList<>();
        boolean relative = false;
        for (int i = first; i < args.size(); i++) {
            relative |= stop(args.get(i), stops);
        }
        validate(stops);
        float a = angle;
        int cx = cornerX;
        int cy = cornerY;
        if (!relative) {
            LinearGradient fixed = build(a, cx, cy, repeating, stops, null, 0);
            return (s, rem) -> fixed;
        }
        return (s, rem) -> build(a, cx, cy, repeating, stops, s, rem);
    }

    /** @return degrees for an angle dimension (deg, rad, grad, turn) */
    static float angle(Token t) {
        if (!t.is(Type.DIMENSION)) {
            throw InvalidValue.invalid();
        }
        return switch (t.unit()) {
            case "deg" -> t.number();
            case "rad" -> t.number() * RAD;
            case "grad" -> t.number() * 0.9f;
            case "turn" -> t.number() * 360f;
            default -> throw InvalidValue.invalid();
        };
    }

    private static boolean isZero(Token t) {
        return t.is(Type.NUMBER) && t.number() == 0;
    }

    /** @return {x, y}: -1 left/top, 1 right/bottom, 0 unset */
    private static int[] direction(List<Token> words) {
        if (words.isEmpty() || words.size() > 2) {
            throw InvalidValue.invalid();
        }
        int x = 0;
        int y = 0;
        for (Token w : words) {
            if (x == 0 && (w.isIdent("left") || w.isIdent("right"))) {
                x = w.isIdent("left") ? -1 : 1;
            } else if (y == 0 && (w.isIdent("top") || w.isIdent("bottom"))) {
                y = w.isIdent("top") ? -1 : 1;
            } else {
                throw InvalidValue.invalid();
            }
        }
        return new int[] {x, y};
    }

    /** Reads one stop ({@code color [pos [pos]]}); returns whether a position needs the element. */
    static boolean stop(List<Token> group, List<Stop> out) {
        if (group.isEmpty() || group.size() > 3) {
            throw InvalidValue.invalid();
        }
        Token c = group.get(0);
        if (group.size() == 1 && !Colors.isColor(c)) {
            Len hint = Values.length(c, true, true);
            out.add(new Stop(null, hint, true));
            return hint.unit() == Len.Unit.EM || hint.unit() == Len.Unit.REM;
        }
        Integer argb = c.isIdent("currentcolor") ? null : Colors.parse(c);
        boolean relative = argb == null;
        if (group.size() == 1) {
            out.add(new Stop(argb, null));
        }
        for (int i = 1; i < group.size(); i++) {
            Len pos = Values.length(group.get(i), true, true);
            relative |= pos.isRelative();
            out.add(new Stop(argb, pos));
        }
        return relative;
    }

    private static LinearGradient build(float angle, int cx, int cy, boolean repeating, List<Stop> stops,
            ComputedStyle s, float rem) {
        return new LinearGradient(angle, cx, cy, repeating, compute(stops, s, rem));
    }

    /** @return the stops computed for an element ({@code s} may be null when none is relative) */
    static List<ColorStop> compute(List<Stop> stops, ComputedStyle s, float rem) {
        List<ColorStop> out = new ArrayList<>(stops.size());
        for (Stop st : stops) {
            int argb = st.hint() ? 0 : st.argb() == null ? s.color : st.argb();
            Length pos = st.position() == null ? null
                : st.position().compute(s == null ? 0 : s.fontSize, rem, s);
            out.add(new ColorStop(argb, pos, st.hint()));
        }
        return List.copyOf(out);
    }
}
