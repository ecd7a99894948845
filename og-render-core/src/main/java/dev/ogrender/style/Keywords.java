package dev.ogrender.style;

/**
 * The keyword values of the supported properties, each enum spelled as in CSS by {@link #css}.
 */
public final class Keywords {

    private Keywords() {
    }

    /** @return the CSS spelling of an enum constant: {@code SPACE_BETWEEN} -> {@code space-between} */
    public static String css(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** {@code display}. */
    public enum Display { BLOCK, INLINE, INLINE_BLOCK, FLEX, INLINE_FLEX, NONE }

    /** {@code position}. */
    public enum Position { STATIC, RELATIVE, ABSOLUTE }

    /** {@code box-sizing}. */
    public enum BoxSizing { CONTENT_BOX, BORDER_BOX }

    /** {@code flex-direction}. */
    public enum FlexDirection { ROW, ROW_REVERSE, COLUMN, COLUMN_REVERSE }

    /** {@code flex-wrap}. */
    public enum FlexWrap { NOWRAP, WRAP, WRAP_REVERSE }

    /** {@code justify-content}. {@code start}/{@code end}/{@code left}/{@code right} compute to these. */
    public enum JustifyContent { FLEX_START, FLEX_END, CENTER, SPACE_BETWEEN, SPACE_AROUND, SPACE_EVENLY }

    /**
     * {@code align-items}, {@code align-self} ({@code AUTO} only there) and {@code align-content}
     * ({@code SPACE_*} and {@code NORMAL} only there; {@code normal} behaves as stretch).
     */
    public enum Align { AUTO, NORMAL, FLEX_START, FLEX_END, CENTER, BASELINE, STRETCH, SPACE_BETWEEN,
        SPACE_AROUND, SPACE_EVENLY }

    /** {@code text-align}; {@code start} computes to LEFT (no RTL yet). */
    public enum TextAlign { LEFT, RIGHT, CENTER, JUSTIFY }

    /** {@code text-transform}. */
    public enum TextTransform { NONE, UPPERCASE, LOWERCASE, CAPITALIZE }

    /** {@code white-space}. */
    public enum WhiteSpace { NORMAL, NOWRAP, PRE, PRE_WRAP, PRE_LINE }

    /** {@code overflow} (both axes). */
    public enum Overflow { VISIBLE, HIDDEN }

    /** {@code border-*-style}. */
    public enum BorderStyle { NONE, SOLID, DASHED, DOTTED, DOUBLE }

    // --- text (wt/text): decorations, wrapping, overflow ----------------------------------------

    /** {@code text-decoration-style}. */
    public enum TextDecorationStyle { SOLID, DOUBLE, DOTTED, DASHED, WAVY }

    /** {@code text-overflow}. */
    public enum TextOverflow { CLIP, ELLIPSIS }

    /** {@code word-break}; {@code break-word} is the legacy alias of overflow-wrap: anywhere. */
    public enum WordBreak { NORMAL, BREAK_ALL, KEEP_ALL, BREAK_WORD }

    /** {@code overflow-wrap} and its alias {@code word-wrap}. */
    public enum OverflowWrap { NORMAL, BREAK_WORD, ANYWHERE }

    /** {@code text-wrap} (the wrap style part; {@code nowrap} sets white-space-like no wrapping). */
    public enum TextWrap { WRAP, NOWRAP, BALANCE, PRETTY, STABLE }

    /** {@code vertical-align}; LENGTH means the length or percentage in ComputedStyle#verticalAlignLength. */
    public enum VerticalAlign { BASELINE, MIDDLE, TOP, BOTTOM, TEXT_TOP, TEXT_BOTTOM, SUB, SUPER, LENGTH }
}
