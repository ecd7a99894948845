package dev.ogrender.style;

import java.util.List;

/**
 * A computed {@code linear-gradient()} or {@code repeating-linear-gradient()}.
 *
 * <p>The direction is either an angle ({@code cornerX == cornerY == 0}), in degrees clockwise from "to
 * top", or a corner ({@code to top right} is cornerX 1, cornerY -1), whose angle depends on the box and
 * is resolved by paint.
 *
 * @param angleDeg  the angle when not a corner
 * @param cornerX   -1 left, 1 right, 0 when an angle
 * @param cornerY   -1 top, 1 bottom, 0 when an angle
 * @param repeating whether the stops repeat along the line
 * @param stops     two or more stops
 */
public record LinearGradient(float angleDeg, int cornerX, int cornerY, boolean repeating, List<ColorStop> stops)
        implements BackgroundLayer {
}
