package dev.ogrender.style;

/**
 * Computes one parsed longhand value onto an element's style. Parsing happens once per stylesheet;
 * applying happens per element, because {@code em}, {@code currentColor} and {@code bolder} depend on
 * the element and its parent.
 */
@FunctionalInterface
interface Applier {

    /**
     * @param style        the element's style being computed; font-size and color are already final
     *                     when any other longhand is applied
     * @param parent       the parent's computed style (initial values for the root)
     * @param rootFontSize the root element's computed font size, for {@code rem}
     */
    void apply(ComputedStyle style, ComputedStyle parent, float rootFontSize);

    /** A gradient whose stops may depend on the element's font size or colour. */
    @FunctionalInterface
    interface Gradient {
        /**
         * @param style        the element's style (font size and colour final)
         * @param rootFontSize for {@code rem}
         * @return the computed gradient
         */
        BackgroundImage compute(ComputedStyle style, float rootFontSize);
    }
}
