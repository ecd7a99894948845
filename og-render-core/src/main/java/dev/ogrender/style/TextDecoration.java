package dev.ogrender.style;

import dev.ogrender.style.Keywords.TextDecorationStyle;

/**
 * One decoration applied to text: the lines, colour, style and thickness that an element declared,
 * resolved on that element (CSS Text Decoration 3, section 2: decorations propagate to the text of all
 * in-flow descendants and are drawn with the decorating element's colour).
 *
 * @param lines           {@link #UNDERLINE}, {@link #OVERLINE}, {@link #LINE_THROUGH} bits
 * @param argb            the colour, non-premultiplied ARGB (currentColor already resolved)
 * @param style           solid, double, dotted, dashed or wavy
 * @param thickness       the declared thickness
 * @param underlineOffset text-underline-offset in px, NaN for auto
 * @param fontSize        the decorating element's font size: Chromium sizes and places the line by the
 *                        decorating box, so it runs on unbroken under smaller or larger descendants
 */
public record TextDecoration(int lines, int argb, TextDecorationStyle style, Thickness thickness,
        float underlineOffset, float fontSize) {

    /** {@code underline}. */
    public static final int UNDERLINE = 1;
    /** {@code overline}. */
    public static final int OVERLINE = 2;
    /** {@code line-through}. */
    public static final int LINE_THROUGH = 4;

    /** @return whether a line kind is drawn */
    public boolean has(int line) {
        return (lines & line) != 0;
    }

    /**
     * {@code text-decoration-thickness}: auto, from-font, a length in px or a fraction of the font size.
     *
     * @param px       pixels when a length was declared, else NaN
     * @param em       a fraction of the text's font size when a percentage was declared, else NaN
     * @param fromFont whether the font's own underline thickness is wanted
     */
    public record Thickness(float px, float em, boolean fromFont) {
        /** {@code auto}. */
        public static final Thickness AUTO = new Thickness(Float.NaN, Float.NaN, false);
        /** {@code from-font}. */
        public static final Thickness FROM_FONT = new Thickness(Float.NaN, Float.NaN, true);

        /** @return whether this is {@code auto} */
        public boolean isAuto() {
            return Float.isNaN(px) && Float.isNaN(em) && !fromFont;
        }
    }
}
