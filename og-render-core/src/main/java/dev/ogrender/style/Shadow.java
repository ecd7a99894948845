package dev.ogrender.style;

/**
 * One computed {@code box-shadow} or {@code text-shadow}, in px, colour resolved.
 *
 * @param x      horizontal offset
 * @param y      vertical offset
 * @param blur   blur radius (the Gaussian's sigma is half of it, as in browsers)
 * @param spread spread distance (box shadows only)
 * @param argb   non-premultiplied ARGB
 * @param inset  whether it is an inner shadow (box shadows only)
 */
public record Shadow(float x, float y, float blur, float spread, int argb, boolean inset) {
}
