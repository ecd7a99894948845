package dev.ogrender.style;

/**
 * One colour stop of a gradient.
 *
 * @param argb     the colour, non-premultiplied ARGB
 * @param position where on the gradient line (px or %), or null to be spaced evenly
 */
public record ColorStop(int argb, Length position) {
}
