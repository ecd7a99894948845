package dev.ogrender.style;

/**
 * A declared length before computing: {@code em}, {@code rem} and viewport units still relative,
 * absolute units already converted to px, a math expression, or a keyword such as {@code auto}.
 *
 * @param value   the number in {@code unit}
 * @param unit    what the number means
 * @param keyword the computed keyword ({@link Length#AUTO}, ...) when {@code unit} is KEYWORD
 * @param expr    the expression when {@code unit} is CALC
 * @param min     the smallest value allowed (0 where negative values are invalid, else -infinity);
 *                math results are clamped to it, as CSS Values 4 section 10.12 says
 */
record Len(float value, Unit unit, Length keyword, Calc.Expr expr, float min) {

    /** Units left after parsing. */
    enum Unit { PX, PERCENT, EM, REM, VW, VH, VMIN, VMAX, KEYWORD, CALC }

    static final Len ZERO = new Len(0, Unit.PX, null);

    Len(float value, Unit unit, Length keyword) {
        this(value, unit, keyword, null, Float.NEGATIVE_INFINITY);
    }

    /** @return a keyword length */
    static Len of(Length keyword) {
        return new Len(0, Unit.KEYWORD, keyword);
    }

    /** @return a math expression */
    static Len calc(Calc.Expr expr, boolean negative) {
        return new Len(0, Unit.CALC, null, expr, negative ? Float.NEGATIVE_INFINITY : 0);
    }

    /** @return whether computing needs the element (relative units or an expression) */
    boolean isRelative() {
        return unit != Unit.PX && unit != Unit.PERCENT && unit != Unit.KEYWORD;
    }

    /**
     * Computes against the default viewport; prefer {@link #compute(float, float, ComputedStyle)}.
     *
     * @param fontSize     the font size {@code em} refers to
     * @param rootFontSize the root font size {@code rem} refers to
     * @return the computed length (px, percent, calc or keyword)
     */
    Length compute(float fontSize, float rootFontSize) {
        return compute(fontSize, rootFontSize, null);
    }

    /**
     * @param fontSize     the font size {@code em} refers to
     * @param rootFontSize the root font size {@code rem} refers to
     * @param env          the style carrying the viewport, or null for the default viewport
     * @return the computed length (px, percent, calc or keyword)
     */
    Length compute(float fontSize, float rootFontSize, ComputedStyle env) {
        return switch (unit) {
            case PERCENT -> Length.percent(value);
            case KEYWORD -> keyword;
            case CALC -> {
                Calc.Env e = env(fontSize, rootFontSize, env, Float.NaN);
                if (!expr.hasPercent()) {
                    yield Length.px(Math.max(min, expr.eval(e)));
                }
                float lower = min;
                yield new Length(0, Length.Unit.CALC, base -> Math.max(lower, expr.eval(
                    new Calc.Env(e.em(), e.rem(), e.vw(), e.vh(), base))));
            }
            default -> Length.px(px(fontSize, rootFontSize, 0, env));
        };
    }

    /** @return px against the default viewport; prefer {@link #px(ComputedStyle, float, float)} */
    float px(float fontSize, float rootFontSize, float percentBase) {
        return px(fontSize, rootFontSize, percentBase, null);
    }

    /** @return px, with {@code em} relative to the style's own font size */
    float px(ComputedStyle s, float rootFontSize, float percentBase) {
        return px(s.fontSize, rootFontSize, percentBase, s);
    }

    /**
     * @param fontSize     the font size {@code em} refers to
     * @param rootFontSize the root font size {@code rem} refers to
     * @param percentBase  what 100% is
     * @param env          the style carrying the viewport, or null for the default viewport
     * @return pixels
     */
    float px(float fontSize, float rootFontSize, float percentBase, ComputedStyle env) {
        float vw = env == null ? 1200f : env.viewportWidth;
        float vh = env == null ? 630f : env.viewportHeight;
        return switch (unit) {
            case PX -> value;
            case PERCENT -> value * percentBase / 100f;
            case EM -> value * fontSize;
            case REM -> value * rootFontSize;
            case VW -> value * vw / 100f;
            case VH -> value * vh / 100f;
            case VMIN -> value * Math.min(vw, vh) / 100f;
            case VMAX -> value * Math.max(vw, vh) / 100f;
            case KEYWORD -> 0;
            case CALC -> Math.max(min, expr.eval(env(fontSize, rootFontSize, env, percentBase)));
        };
    }

    private static Calc.Env env(float fontSize, float rootFontSize, ComputedStyle env, float base) {
        return new Calc.Env(fontSize, rootFontSize, env == null ? 1200f : env.viewportWidth,
            env == null ? 630f : env.viewportHeight, base);
    }

    /** @return whether this is a percentage */
    boolean isPercent() {
        return unit == Unit.PERCENT;
    }
}
