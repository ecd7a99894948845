package dev.ogrender.text;

/**
 * WOFF2 (W3C Recommendation 2024): Brotli-compressed tables, with the glyf/loca transform. Not decoded
 * yet: the transform's reconstruction is left for later (see docs/unsupported.md).
 */
final class Woff2 {

    private Woff2() {
    }

    static byte[] decode(byte[] file, long maxBytes) {
        throw new IllegalArgumentException("WOFF2 fonts are not supported yet; use TTF, OTF or WOFF");
    }
}
