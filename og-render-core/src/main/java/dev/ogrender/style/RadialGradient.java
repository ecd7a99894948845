package dev.ogrender.style;

import java.util.List;

/**
 * A computed {@code radial-gradient()} or {@code repeating-radial-gradient()} (CSS Images 3 section
 * 3.2). The ending shape's size is either an extent keyword, resolved by paint against the box, or
 * explicit radii.
 *
 * @param circle    circle rather than ellipse
 * @param extent    how the size is given
 * @param radiusX   explicit horizontal radius (px or %), or null for an extent keyword
 * @param radiusY   explicit vertical radius (px or %), or null (a circle uses radiusX)
 * @param centerX   horizontal centre, px or % of the box width
 * @param centerY   vertical centre, px or % of the box height
 * @param repeating whether the stops repeat outwards
 * @param stops     two or more stops
 */
public record RadialGradient(boolean circle, Extent extent, Length radiusX, Length radiusY, Length centerX,
        Length centerY, boolean repeating, List<ColorStop> stops) implements BackgroundImage {

    /** The size keywords; EXPLICIT when radii are given. */
    public enum Extent { CLOSEST_SIDE, CLOSEST_CORNER, FARTHEST_SIDE, FARTHEST_CORNER, EXPLICIT }
}
