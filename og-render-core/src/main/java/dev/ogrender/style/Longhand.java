package dev.ogrender.style;

import java.util.function.BiConsumer;

/**
 * Every longhand the cascade resolves, in the order they are computed: {@code font-size} first (all
 * {@code em} depend on it), then {@code color} ({@code currentColor} depends on it), then the rest.
 *
 * <p>Each longhand knows how to copy its computed value from another style; that one operation gives
 * {@code inherit} (copy from the parent), {@code initial} (copy from {@link ComputedStyle#initial()})
 * and {@code unset}, so the keywords need no per-property code.
 */
enum Longhand {
    FONT_SIZE(true, (f, t) -> t.fontSize = f.fontSize),
    COLOR(true, (f, t) -> t.color = f.color),
    FONT_FAMILY(true, (f, t) -> t.fontFamily = f.fontFamily),
    FONT_WEIGHT(true, (f, t) -> t.fontWeight = f.fontWeight),
    FONT_STYLE(true, (f, t) -> t.italic = f.italic),
    LINE_HEIGHT(true, (f, t) -> {
        t.lineHeight = f.lineHeight;
        t.lineHeightIsFactor = f.lineHeightIsFactor;
    }),
    LETTER_SPACING(true, (f, t) -> t.letterSpacing = f.letterSpacing),
    TEXT_TRANSFORM(true, (f, t) -> t.textTransform = f.textTransform),
    TEXT_ALIGN(true, (f, t) -> t.textAlign = f.textAlign),
    WHITE_SPACE(true, (f, t) -> t.whiteSpace = f.whiteSpace),

    DISPLAY(false, (f, t) -> t.display = f.display),
    POSITION(false, (f, t) -> t.position = f.position),
    BOX_SIZING(false, (f, t) -> t.boxSizing = f.boxSizing),
    TOP(false, side(0, s -> s.inset)),
    RIGHT(false, side(1, s -> s.inset)),
    BOTTOM(false, side(2, s -> s.inset)),
    LEFT(false, side(3, s -> s.inset)),
    WIDTH(false, (f, t) -> t.width = f.width),
    HEIGHT(false, (f, t) -> t.height = f.height),
    MIN_WIDTH(false, (f, t) -> t.minWidth = f.minWidth),
    MIN_HEIGHT(false, (f, t) -> t.minHeight = f.minHeight),
    MAX_WIDTH(false, (f, t) -> t.maxWidth = f.maxWidth),
    MAX_HEIGHT(false, (f, t) -> t.maxHeight = f.maxHeight),
    MARGIN_TOP(false, side(0, s -> s.margin)),
    MARGIN_RIGHT(false, side(1, s -> s.margin)),
    MARGIN_BOTTOM(false, side(2, s -> s.margin)),
    MARGIN_LEFT(false, side(3, s -> s.margin)),
    PADDING_TOP(false, side(0, s -> s.padding)),
    PADDING_RIGHT(false, side(1, s -> s.padding)),
    PADDING_BOTTOM(false, side(2, s -> s.padding)),
    PADDING_LEFT(false, side(3, s -> s.padding)),
    BORDER_TOP_WIDTH(false, (f, t) -> t.borderWidth[0] = f.borderWidth[0]),
    BORDER_RIGHT_WIDTH(false, (f, t) -> t.borderWidth[1] = f.borderWidth[1]),
    BORDER_BOTTOM_WIDTH(false, (f, t) -> t.borderWidth[2] = f.borderWidth[2]),
    BORDER_LEFT_WIDTH(false, (f, t) -> t.borderWidth[3] = f.borderWidth[3]),
    BORDER_TOP_STYLE(false, (f, t) -> t.borderStyle[0] = f.borderStyle[0]),
    BORDER_RIGHT_STYLE(false, (f, t) -> t.borderStyle[1] = f.borderStyle[1]),
    BORDER_BOTTOM_STYLE(false, (f, t) -> t.borderStyle[2] = f.borderStyle[2]),
    BORDER_LEFT_STYLE(false, (f, t) -> t.borderStyle[3] = f.borderStyle[3]),
    BORDER_TOP_COLOR(false, (f, t) -> t.borderColor[0] = f.borderColor[0]),
    BORDER_RIGHT_COLOR(false, (f, t) -> t.borderColor[1] = f.borderColor[1]),
    BORDER_BOTTOM_COLOR(false, (f, t) -> t.borderColor[2] = f.borderColor[2]),
    BORDER_LEFT_COLOR(false, (f, t) -> t.borderColor[3] = f.borderColor[3]),
    BORDER_TOP_LEFT_RADIUS(false, corner(0)),
    BORDER_TOP_RIGHT_RADIUS(false, corner(1)),
    BORDER_BOTTOM_RIGHT_RADIUS(false, corner(2)),
    BORDER_BOTTOM_LEFT_RADIUS(false, corner(3)),
    OVERFLOW(false, (f, t) -> t.overflow = f.overflow),
    Z_INDEX(false, (f, t) -> {
        t.zIndex = f.zIndex;
        t.zIndexAuto = f.zIndexAuto;
    }),
    FLEX_DIRECTION(false, (f, t) -> t.flexDirection = f.flexDirection),
    FLEX_WRAP(false, (f, t) -> t.flexWrap = f.flexWrap),
    JUSTIFY_CONTENT(false, (f, t) -> t.justifyContent = f.justifyContent),
    ALIGN_ITEMS(false, (f, t) -> t.alignItems = f.alignItems),
    ALIGN_SELF(false, (f, t) -> t.alignSelf = f.alignSelf),
    ALIGN_CONTENT(false, (f, t) -> t.alignContent = f.alignContent),
    FLEX_GROW(false, (f, t) -> t.flexGrow = f.flexGrow),
    FLEX_SHRINK(false, (f, t) -> t.flexShrink = f.flexShrink),
    FLEX_BASIS(false, (f, t) -> t.flexBasis = f.flexBasis),
    ORDER(false, (f, t) -> t.order = f.order),
    ROW_GAP(false, (f, t) -> t.rowGap = f.rowGap),
    COLUMN_GAP(false, (f, t) -> t.columnGap = f.columnGap),
    BACKGROUND_COLOR(false, (f, t) -> t.backgroundColor = f.backgroundColor),
    BACKGROUND_IMAGE(false, (f, t) -> t.backgroundImages = f.backgroundImages),
    OPACITY(false, (f, t) -> t.opacity = f.opacity),

    // --- text (wt/text). The decoration line comes after its colour, style and thickness: applying it
    // records the element's decoration with those values.
    TEXT_DECORATION_COLOR(false, (f, t) -> t.textDecorationColor = f.textDecorationColor),
    TEXT_DECORATION_STYLE(false, (f, t) -> t.textDecorationStyle = f.textDecorationStyle),
    TEXT_DECORATION_THICKNESS(false, (f, t) -> t.textDecorationThickness = f.textDecorationThickness),
    TEXT_UNDERLINE_OFFSET(true, (f, t) -> t.textUnderlineOffset = f.textUnderlineOffset),
    TEXT_DECORATION_LINE(false, (f, t) -> {
        t.textDecorationLine = f.textDecorationLine;
        TextDecorationProperties.applyOwn(t);
    }),
    TEXT_OVERFLOW(false, (f, t) -> t.textOverflow = f.textOverflow),
    LINE_CLAMP(false, (f, t) -> t.lineClamp = f.lineClamp),
    BOX_ORIENT(false, (f, t) -> t.boxOrientVertical = f.boxOrientVertical),
    WORD_BREAK(true, (f, t) -> t.wordBreak = f.wordBreak),
    OVERFLOW_WRAP(true, (f, t) -> t.overflowWrap = f.overflowWrap),
    TEXT_WRAP(true, (f, t) -> t.textWrap = f.textWrap),
    TEXT_INDENT(true, (f, t) -> t.textIndent = f.textIndent),
    WORD_SPACING(true, (f, t) -> t.wordSpacing = f.wordSpacing),
    VERTICAL_ALIGN(false, (f, t) -> {
        t.verticalAlign = f.verticalAlign;
        t.verticalAlignLength = f.verticalAlignLength;
    }),
    ASPECT_RATIO(false, (f, t) -> t.aspectRatio = f.aspectRatio),

    // images/fonts area: background layer geometry and object-fit/position
    BACKGROUND_SIZE(false, (f, t) -> t.backgroundSize = f.backgroundSize),
    BACKGROUND_POSITION(false, (f, t) -> t.backgroundPosition = f.backgroundPosition),
    BACKGROUND_REPEAT(false, (f, t) -> t.backgroundRepeat = f.backgroundRepeat),
    BACKGROUND_ORIGIN(false, (f, t) -> t.backgroundOrigin = f.backgroundOrigin),
    BACKGROUND_CLIP(false, (f, t) -> {
        t.backgroundClip = f.backgroundClip;
        t.backgroundClipText = f.backgroundClipText;
    }),
    OBJECT_FIT(false, (f, t) -> t.objectFit = f.objectFit),
    OBJECT_POSITION(false, (f, t) -> t.objectPosition = f.objectPosition),

    // effects: shadows, transforms, filters, background clip, text fill
    BOX_SHADOW(false, (f, t) -> t.boxShadows = f.boxShadows),
    TRANSFORM(false, (f, t) -> t.transform = f.transform),
    TRANSFORM_ORIGIN(false, (f, t) -> {
        t.transformOriginX = f.transformOriginX;
        t.transformOriginY = f.transformOriginY;
    }),
    FILTER(false, (f, t) -> t.filters = f.filters),
    TEXT_SHADOW(true, (f, t) -> t.textShadows = f.textShadows),
    TEXT_FILL_COLOR(true, (f, t) -> {
        t.textFillColor = f.textFillColor;
        t.textFillSet = f.textFillSet;
    });

    /** Shared by all {@code initial} keywords; never written. */
    private static final ComputedStyle INITIAL = ComputedStyle.initial();
    private static final Longhand[] VALUES = values();

    private final boolean inherited;
    private final BiConsumer<ComputedStyle, ComputedStyle> copy;

    Longhand(boolean inherited, BiConsumer<ComputedStyle, ComputedStyle> copy) {
        this.inherited = inherited;
        this.copy = copy;
    }

    /** @return the longhands in computation order (shared array: do not write) */
    static Longhand[] all() {
        return VALUES;
    }

    /** @return whether the property inherits by default */
    boolean inherited() {
        return inherited;
    }

    /** @return the applier for {@code inherit} */
    Applier inheritValue() {
        return (s, parent, rem) -> copy.accept(parent, s);
    }

    /** @return the applier for {@code initial}; border colours start as {@code currentColor}, widths as medium */
    Applier initialValue() {
        if (ordinal() >= BORDER_TOP_COLOR.ordinal() && ordinal() <= BORDER_LEFT_COLOR.ordinal()) {
            int i = ordinal() - BORDER_TOP_COLOR.ordinal();
            return (s, parent, rem) -> s.borderColor[i] = s.color;
        }
        if (ordinal() >= BORDER_TOP_WIDTH.ordinal() && ordinal() <= BORDER_LEFT_WIDTH.ordinal()) {
            int i = ordinal() - BORDER_TOP_WIDTH.ordinal();
            return (s, parent, rem) -> s.borderWidth[i] = Cascade.MEDIUM;
        }
        return (s, parent, rem) -> copy.accept(INITIAL, s);
    }

    /** @return the applier for {@code unset}: inherit when inherited, else initial */
    Applier unsetValue() {
        return inherited ? inheritValue() : initialValue();
    }

    private static BiConsumer<ComputedStyle, ComputedStyle> side(int i,
            java.util.function.Function<ComputedStyle, Length[]> array) {
        return (f, t) -> array.apply(t)[i] = array.apply(f)[i];
    }

    private static BiConsumer<ComputedStyle, ComputedStyle> corner(int i) {
        return (f, t) -> {
            t.radiusX[i] = f.radiusX[i];
            t.radiusY[i] = f.radiusY[i];
        };
    }
}
