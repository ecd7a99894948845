package dev.ogrender.style;

/**
 * One computed {@code filter} function.
 *
 * @param kind   which function
 * @param amount blur: the radius in px (sigma); others: the factor (1 = 100%), hue-rotate: degrees
 */
public record Filter(Kind kind, float amount) {

    /** The supported filter functions. */
    public enum Kind { BLUR, BRIGHTNESS, CONTRAST, GRAYSCALE, INVERT, OPACITY, SATURATE, SEPIA, HUE_ROTATE }
}
