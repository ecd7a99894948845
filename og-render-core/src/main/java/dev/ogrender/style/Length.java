package dev.ogrender.style;

/**
 * A computed length: pixels, a percentage kept for layout to resolve against a box, a math expression
 * that mixes the two, or a keyword.
 *
 * @param value pixels or percent
 * @param unit  what {@code value} means
 * @param calc  for {@link Unit#CALC}: the expression, with every unit but % already resolved; else null
 */
public record Length(float value, Unit unit, Expression calc) {

    /** What a length's number means. */
    public enum Unit {
        /** CSS pixels. */
        PX,
        /** Percent of a reference length that layout knows. */
        PERCENT,
        /** The keyword {@code auto}. */
        AUTO,
        /** The keyword {@code none} (max-width, max-height). */
        NONE,
        /** The keyword {@code content} (flex-basis). */
        CONTENT,
        /** A calc()/min()/max()/clamp() that contains a percentage: see {@link Length#calc()}. */
        CALC
    }

    /** A math expression whose percentages refer to a base that only layout knows. */
    @FunctionalInterface
    public interface Expression {
        /**
         * @param base what 100% is, px
         * @return px
         */
        float resolve(float base);
    }

    /** A length without an expression. */
    public Length(float value, Unit unit) {
        this(value, unit, null);
    }

    /** {@code auto}. */
    public static final Length AUTO = new Length(0, Unit.AUTO);
    /** {@code none}. */
    public static final Length NONE = new Length(0, Unit.NONE);
    /** {@code 0px}. */
    public static final Length ZERO = new Length(0, Unit.PX);
    /** {@code content}. */
    public static final Length CONTENT = new Length(0, Unit.CONTENT);

    /** @return a length in pixels */
    public static Length px(float px) {
        return px == 0 ? ZERO : new Length(px, Unit.PX);
    }

    /** @return a percentage */
    public static Length percent(float percent) {
        return new Length(percent, Unit.PERCENT);
    }

    /** @return whether this is {@code auto} */
    public boolean isAuto() {
        return unit == Unit.AUTO;
    }

    /** @return whether this is {@code none} */
    public boolean isNone() {
        return unit == Unit.NONE;
    }

    /** @return whether this is pixels or a percentage */
    public boolean isLength() {
        return unit == Unit.PX || unit == Unit.PERCENT || unit == Unit.CALC;
    }

    /**
     * Resolves to pixels.
     *
     * @param base the reference for percentages; NaN when it is not known
     * @return pixels, or NaN for keywords and for percentages of an unknown base
     */
    public float resolve(float base) {
        return switch (unit) {
            case PX -> value;
            case PERCENT -> base * value / 100f;
            case CALC -> Float.isNaN(base) ? Float.NaN : calc.resolve(base);
            default -> Float.NaN;
        };
    }

    /**
     * Resolves to pixels, with a fallback for keywords and unknown bases.
     *
     * @param base     the reference for percentages, or NaN
     * @param fallback what keywords and unresolvable percentages become
     * @return pixels
     */
    public float resolve(float base, float fallback) {
        float v = resolve(base);
        return Float.isNaN(v) ? fallback : v;
    }

    @Override
    public String toString() {
        return switch (unit) {
            case PX -> value + "px";
            case PERCENT -> value + "%";
            case CALC -> "calc(" + calc.resolve(0) + "px + %)";
            default -> unit.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
