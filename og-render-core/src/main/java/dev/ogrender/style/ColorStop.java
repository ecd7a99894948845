package dev.ogrender.style;

/**
 * One colour stop of a gradient, or a colour transition hint between two stops.
 *
 * @param argb     the colour, non-premultiplied ARGB (0 for a hint)
 * @param position where on the gradient line (px or %), or null to be spaced evenly; always set for a hint
 * @param hint     whether this is a transition hint: the point between its neighbours where their colours
 *                 mix half and half
 */
public record ColorStop(int argb, Length position, boolean hint) {

    /** A colour stop. */
    public ColorStop(int argb, Length position) {
        this(argb, position, false);
    }
}
