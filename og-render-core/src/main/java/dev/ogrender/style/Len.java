package dev.ogrender.style;

/**
 * A declared length before computing: {@code em} and {@code rem} still relative, absolute units
 * already converted to px, or a keyword such as {@code auto}.
 *
 * @param value   the number in {@code unit}
 * @param unit    what the number means
 * @param keyword the computed keyword ({@link Length#AUTO}, ...) when {@code unit} is KEYWORD
 */
record Len(float value, Unit unit, Length keyword) {

    /** Units left after parsing. */
    enum Unit { PX, PERCENT, EM, REM, KEYWORD }

    static final Len ZERO = new Len(0, Unit.PX, null);

    /** @return a keyword length */
    static Len of(Length keyword) {
        return new Len(0, Unit.KEYWORD, keyword);
    }

    /**
     * @param fontSize     the font size {@code em} refers to
     * @param rootFontSize the root font size {@code rem} refers to
     * @return the computed length (px, percent or keyword)
     */
    Length compute(float fontSize, float rootFontSize) {
        return switch (unit) {
            case PX -> Length.px(value);
            case PERCENT -> Length.percent(value);
            case EM -> Length.px(value * fontSize);
            case REM -> Length.px(value * rootFontSize);
            case KEYWORD -> keyword;
        };
    }

    /**
     * @param fontSize     the font size {@code em} refers to
     * @param rootFontSize the root font size {@code rem} refers to
     * @param percentBase  what 100% is
     * @return pixels
     */
    float px(float fontSize, float rootFontSize, float percentBase) {
        return switch (unit) {
            case PX -> value;
            case PERCENT -> value * percentBase / 100f;
            case EM -> value * fontSize;
            case REM -> value * rootFontSize;
            case KEYWORD -> 0;
        };
    }

    /** @return whether this is a percentage */
    boolean isPercent() {
        return unit == Unit.PERCENT;
    }
}
