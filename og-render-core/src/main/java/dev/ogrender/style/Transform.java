package dev.ogrender.style;

/**
 * One computed 2D transform function. Translations keep percentages (of the border box, which only
 * paint knows); every other function is already a matrix.
 *
 * @param tx     translation x (px or %), for TRANSLATE
 * @param ty     translation y (px or %), for TRANSLATE
 * @param matrix a, b, c, d, e, f as in CSS {@code matrix()}, for MATRIX
 */
public record Transform(Length tx, Length ty, float[] matrix) {

    /** @return a translation */
    static Transform translate(Length x, Length y) {
        return new Transform(x, y, null);
    }

    /** @return a matrix function */
    static Transform matrix(float a, float b, float c, float d, float e, float f) {
        return new Transform(null, null, new float[] {a, b, c, d, e, f});
    }

    /** @return whether this is a translation with lengths */
    public boolean isTranslate() {
        return matrix == null;
    }
}
