package dev.ogrender.style;

import dev.ogrender.style.Keywords.Align;
import dev.ogrender.style.Keywords.BorderStyle;
import dev.ogrender.style.Keywords.BoxSizing;
import dev.ogrender.style.Keywords.Display;
import dev.ogrender.style.Keywords.FlexDirection;
import dev.ogrender.style.Keywords.FlexWrap;
import dev.ogrender.style.Keywords.JustifyContent;
import dev.ogrender.style.Keywords.Overflow;
import dev.ogrender.style.Keywords.Position;
import dev.ogrender.style.Keywords.TextAlign;
import dev.ogrender.style.Keywords.TextTransform;
import dev.ogrender.style.Keywords.WhiteSpace;
import dev.ogrender.style.Keywords.OverflowWrap;
import dev.ogrender.style.Keywords.TextDecorationStyle;
import dev.ogrender.style.Keywords.TextOverflow;
import dev.ogrender.style.Keywords.TextWrap;
import dev.ogrender.style.Keywords.WordBreak;
import java.util.List;

/**
 * The computed style of one element: every supported property, fully resolved. No {@code em},
 * {@code rem}, {@code inherit}, {@code currentColor} or shorthand is left; percentages stay as
 * {@link Length} for layout to resolve against the box.
 *
 * <p>The fields are public for the hot path and written only while cascading; after
 * {@link StyleEngine} returns, treat them as read-only. Side arrays are ordered top, right, bottom,
 * left; corner arrays top-left, top-right, bottom-right, bottom-left.
 */
public final class ComputedStyle {

    // --- box -------------------------------------------------------------------------------------
    public Display display = Display.INLINE;
    public Position position = Position.STATIC;
    public BoxSizing boxSizing = BoxSizing.CONTENT_BOX;
    /** top, right, bottom, left offsets for positioned boxes. */
    public final Length[] inset = {Length.AUTO, Length.AUTO, Length.AUTO, Length.AUTO};
    public Length width = Length.AUTO;
    public Length height = Length.AUTO;
    public Length minWidth = Length.AUTO;
    public Length minHeight = Length.AUTO;
    public Length maxWidth = Length.NONE;
    public Length maxHeight = Length.NONE;
    public final Length[] margin = {Length.ZERO, Length.ZERO, Length.ZERO, Length.ZERO};
    public final Length[] padding = {Length.ZERO, Length.ZERO, Length.ZERO, Length.ZERO};
    /** Border widths in px, already 0 where the side's style is none. */
    public final float[] borderWidth = new float[4];
    /** Border colours, non-premultiplied ARGB. */
    public final int[] borderColor = new int[4];
    public final BorderStyle[] borderStyle = {BorderStyle.NONE, BorderStyle.NONE, BorderStyle.NONE,
        BorderStyle.NONE};
    /** Horizontal radius of each corner. */
    public final Length[] radiusX = {Length.ZERO, Length.ZERO, Length.ZERO, Length.ZERO};
    /** Vertical radius of each corner. */
    public final Length[] radiusY = {Length.ZERO, Length.ZERO, Length.ZERO, Length.ZERO};
    public Overflow overflow = Overflow.VISIBLE;
    /** z-index; meaningful only when {@link #zIndexAuto} is false. */
    public int zIndex;
    public boolean zIndexAuto = true;

    // --- flex ------------------------------------------------------------------------------------
    public FlexDirection flexDirection = FlexDirection.ROW;
    public FlexWrap flexWrap = FlexWrap.NOWRAP;
    public JustifyContent justifyContent = JustifyContent.FLEX_START;
    public Align alignItems = Align.NORMAL;
    public Align alignSelf = Align.AUTO;
    public Align alignContent = Align.NORMAL;
    public float flexGrow;
    public float flexShrink = 1;
    public Length flexBasis = Length.AUTO;
    public int order;
    public Length rowGap = Length.ZERO;
    public Length columnGap = Length.ZERO;

    // --- paint -----------------------------------------------------------------------------------
    /** Non-premultiplied ARGB; 0 is transparent. */
    public int backgroundColor;
    /** Background layers, first on top, as in CSS. */
    public List<BackgroundImage> backgroundImages = List.of();
    public float opacity = 1f;

    // --- images: background layer geometry, replaced content (images/fonts area) -----------------
    /** Per-layer lists; layer i uses entry i modulo the length ({@link BackgroundLayers#at}). */
    public List<BackgroundLayers.Size> backgroundSize = BackgroundLayers.INITIAL_SIZE;
    public List<BackgroundLayers.Position> backgroundPosition = BackgroundLayers.INITIAL_POSITION;
    public List<BackgroundLayers.Repeat> backgroundRepeat = BackgroundLayers.INITIAL_REPEAT;
    public List<BackgroundLayers.Area> backgroundOrigin = BackgroundLayers.INITIAL_ORIGIN;
    public List<BackgroundLayers.Area> backgroundClip = BackgroundLayers.INITIAL_CLIP;
    public BackgroundLayers.ObjectFit objectFit = BackgroundLayers.ObjectFit.FILL;
    public BackgroundLayers.Position objectPosition = BackgroundLayers.Position.CENTER;
    /** The image a replaced element ({@code <img>}, inline {@code <svg>}) shows, or null. */
    public ImageRef replacedImage;

    // --- effects: shadows, transforms, filters, background clip ----------------------------------
    /** box-shadow layers, first on top, as in CSS. */
    public List<Shadow> boxShadows = List.of();
    /** transform functions, left to right as written. */
    public List<Transform> transform = List.of();
    /** transform-origin, px or % of the border box. */
    public Length transformOriginX = Length.percent(50);
    public Length transformOriginY = Length.percent(50);
    /** filter functions in order. */
    public List<Filter> filters = List.of();
    /** background-clip: text on the bottom layer: every layer is painted through the glyphs. */
    public boolean backgroundClipText;
    /** Inherited: text-shadow layers, first on top. */
    public List<Shadow> textShadows = List.of();
    /** Inherited: -webkit-text-fill-color, ARGB, used for glyphs when {@link #textFillSet}. */
    public int textFillColor;
    public boolean textFillSet;

    // --- inherited: text -------------------------------------------------------------------------
    /** Non-premultiplied ARGB. */
    public int color = 0xFF000000;
    /** Families in preference order, lower-cased, quotes removed; generic families as keywords. */
    public List<String> fontFamily = List.of("sans-serif");
    /** px. */
    public float fontSize = 16f;
    /** 1-1000. */
    public int fontWeight = 400;
    public boolean italic;
    /** NaN for {@code normal}; a multiplier when {@link #lineHeightIsFactor}; else px. */
    public float lineHeight = Float.NaN;
    public boolean lineHeightIsFactor;
    /** px; 0 for {@code normal}. */
    public float letterSpacing;
    public TextTransform textTransform = TextTransform.NONE;
    public TextAlign textAlign = TextAlign.LEFT;
    public WhiteSpace whiteSpace = WhiteSpace.NORMAL;

    // --- text (wt/text): decorations, wrapping, overflow, clamp --------------------------------
    /** Own text-decoration-line: {@link TextDecoration} bits, 0 for none. Not inherited. */
    public int textDecorationLine;
    /** Own decoration colour, ARGB; null for currentColor (resolved when the decoration applies). */
    Integer textDecorationColor;
    public TextDecorationStyle textDecorationStyle = TextDecorationStyle.SOLID;
    /** Own decoration thickness as declared (see {@link TextDecoration}). */
    TextDecoration.Thickness textDecorationThickness = TextDecoration.Thickness.AUTO;
    /** text-underline-offset in px; NaN for auto. */
    float textUnderlineOffset = Float.NaN;
    /** The decorations drawn over this element's text: ancestors' first, then its own (propagated). */
    public List<TextDecoration> textDecorations = List.of();
    public TextOverflow textOverflow = TextOverflow.CLIP;
    /** -webkit-line-clamp: the number of lines shown, 0 for none. Used with {@link #webkitBox}. */
    public int lineClamp;
    /** Whether display is -webkit-box / -webkit-inline-box (laid out as a block here). */
    public boolean webkitBox;
    /** Whether -webkit-box-orient is vertical (the only orientation line-clamp works with). */
    public boolean boxOrientVertical;
    /** Inherited. */
    public WordBreak wordBreak = WordBreak.NORMAL;
    /** Inherited. */
    public OverflowWrap overflowWrap = OverflowWrap.NORMAL;
    /** Inherited. */
    public TextWrap textWrap = TextWrap.WRAP;
    /** Inherited; percentages refer to the block's content width. */
    public Length textIndent = Length.ZERO;
    /** px, inherited; 0 for normal. */
    public float wordSpacing;
    /** vertical-align of atomic inline boxes. Not inherited. */
    public Keywords.VerticalAlign verticalAlign = Keywords.VerticalAlign.BASELINE;
    /** The raise for {@code VerticalAlign.LENGTH}: px, or a percentage of the line-height. */
    public Length verticalAlignLength = Length.ZERO;
    /** aspect-ratio width / height; 0 for auto. Not inherited. */
    public float aspectRatio;
    /** Custom properties (--name -> value text with var() already substituted), inherited. */
    java.util.Map<String, String> customProperties = java.util.Map.of();
    /** The viewport, for vw and vh; carried by every style so that values can resolve against it. */
    float viewportWidth = 1200f;
    float viewportHeight = 630f;

    /** @return a style with initial values for every property. */
    public static ComputedStyle initial() {
        return new ComputedStyle();
    }

    /**
     * Starts the style of a child: inherited properties from this style, initial values for the rest.
     *
     * @return a new style
     */
    public ComputedStyle inheritForChild() {
        ComputedStyle child = new ComputedStyle();
        child.color = color;
        child.fontFamily = fontFamily;
        child.fontSize = fontSize;
        child.fontWeight = fontWeight;
        child.italic = italic;
        child.lineHeight = lineHeight;
        child.lineHeightIsFactor = lineHeightIsFactor;
        child.letterSpacing = letterSpacing;
        child.textTransform = textTransform;
        child.textAlign = textAlign;
        child.whiteSpace = whiteSpace;
        // text (wt/text): inherited text properties; decorations propagate to descendants' text.
        child.textDecorations = textDecorations;
        child.wordBreak = wordBreak;
        child.overflowWrap = overflowWrap;
        child.textWrap = textWrap;
        child.textIndent = textIndent;
        child.wordSpacing = wordSpacing;
        child.textUnderlineOffset = textUnderlineOffset;
        child.customProperties = customProperties;
        child.viewportWidth = viewportWidth;
        child.viewportHeight = viewportHeight;
        child.textShadows = textShadows;
        child.textFillColor = textFillColor;
        child.textFillSet = textFillSet;
        return child;
    }

    /** @return the used line height in px, or NaN for {@code normal} (the font decides) */
    public float lineHeightPx() {
        if (Float.isNaN(lineHeight)) {
            return Float.NaN;
        }
        return lineHeightIsFactor ? lineHeight * fontSize : lineHeight;
    }

    /** @return whether this box is taken out of flow */
    public boolean isAbsolute() {
        return position == Position.ABSOLUTE;
    }

    /** @return whether this element generates a flex container */
    public boolean isFlexContainer() {
        return display == Display.FLEX || display == Display.INLINE_FLEX;
    }

    /** @return the colour glyphs are filled with: -webkit-text-fill-color when set, else color */
    public int textFill() {
        return textFillSet ? textFillColor : color;
    }

    /** @return whether this element is inline-level and lays out as text */
    public boolean isInline() {
        return display == Display.INLINE;
    }
}
