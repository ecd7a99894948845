package dev.ogrender.paint;

/**
 * Coverage correction for anti-aliased text, so glyph edges get the weight Chromium gives them on
 * Linux. Skia there corrects A8 glyph masks for a gamma of 1.2 with a contrast boost of 0.2 (Chromium's
 * SK_GAMMA_EXPONENT / SK_GAMMA_CONTRAST / SK_GAMMA_APPLY_TO_A8): light text on a dark ground gains
 * weight at its edges, dark text on light ground a little contrast. One table per text luminance,
 * quantised to 3 bits as Skia's canonical colours are.
 */
final class TextGamma {

    private static final float GAMMA = 1.2f;
    private static final float CONTRAST = 0.2f;
    private static final int LUMINANCE_BITS = 3;
    private static final byte[][] TABLES = new byte[1 << LUMINANCE_BITS][];

    static {
        int levels = 1 << LUMINANCE_BITS;
        for (int i = 0; i < levels; i++) {
            TABLES[i] = table(i * 255f / (levels - 1) / 255f);
        }
    }

    private TextGamma() {
    }

    /** @return the 256-entry coverage table for text of this colour (RGB of an ARGB int) */
    static byte[] tableFor(int argb) {
        float r = (float) Math.pow(((argb >> 16) & 0xFF) / 255f, GAMMA);
        float g = (float) Math.pow(((argb >> 8) & 0xFF) / 255f, GAMMA);
        float b = (float) Math.pow((argb & 0xFF) / 255f, GAMMA);
        float luma = 0.2126f * r + 0.7152f * g + 0.0722f * b;
        int lum = Math.round((float) Math.pow(luma, 1 / GAMMA) * 255);
        return TABLES[Math.min(255, lum) >> (8 - LUMINANCE_BITS)];
    }

    private static byte[] table(float src) {
        byte[] table = new byte[256];
        float linSrc = (float) Math.pow(src, GAMMA);
        // Skia guesses the background as the opposite of the text, which keeps neighbouring tables close.
        float dst = 1 - src;
        float linDst = (float) Math.pow(dst, GAMMA);
        float contrast = CONTRAST * linDst;
        for (int i = 0; i < 256; i++) {
            float raw = i / 255f;
            float a = raw + (1 - raw) * contrast * raw;
            float result;
            if (Math.abs(src - dst) < 1 / 256f) {
                result = a;
            } else {
                float linOut = linSrc * a + (1 - a) * linDst;
                float out = (float) Math.pow(linOut, 1 / GAMMA);
                // undo the linear blend that compositing will do with this coverage
                result = (out - dst) / (src - dst);
            }
            table[i] = (byte) Math.max(0, Math.min(255, Math.round(255 * result)));
        }
        return table;
    }
}
