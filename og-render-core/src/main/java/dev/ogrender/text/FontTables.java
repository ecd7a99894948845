package dev.ogrender.text;

import java.nio.ByteBuffer;

/**
 * Reads the few TrueType/OpenType tables whose numbers Java2D does not expose as Chromium uses them:
 * {@code head} (units per em), {@code hhea} and {@code OS/2} (ascender, descender, line gap). Skia
 * prefers the OS/2 typographic values when the font sets USE_TYPO_METRICS, else hhea.
 */
final class FontTables {

    private FontTables() {
    }

    /** Vertical metrics in font units. */
    record VerticalMetrics(int unitsPerEm, int ascender, int descender, int lineGap) {
    }

    /**
     * Decoration metrics in font units: {@code post} underline position (negative below the baseline)
     * and thickness, {@code OS/2} strikeout position (above the baseline) and size; 0 when a table is
     * missing.
     */
    record DecorationMetrics(int unitsPerEm, int underlinePosition, int underlineThickness, int strikeoutPosition,
            int strikeoutSize) {
    }

    /**
     * @param font the font file
     * @return its decoration metrics
     */
    static DecorationMetrics decorations(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        try {
            int upm = b.getShort(table(b, "head") + 18) & 0xFFFF;
            int post = tableOrMinus(b, "post");
            int os2 = tableOrMinus(b, "OS/2");
            return new DecorationMetrics(upm, post < 0 ? 0 : b.getShort(post + 8), post < 0 ? 0 : b.getShort(post + 10),
                    os2 < 0 ? 0 : b.getShort(os2 + 28), os2 < 0 ? 0 : b.getShort(os2 + 26));
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("font file is truncated", e);
        }
    }

    /**
     * @param font the font file
     * @return its metrics
     * @throws IllegalArgumentException if a required table is missing or truncated
     */
    static VerticalMetrics read(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        try {
            int head = table(b, "head");
            int hhea = table(b, "hhea");
            int os2 = tableOrMinus(b, "OS/2");
            int upm = b.getShort(head + 18) & 0xFFFF;
            if (os2 >= 0 && (b.getShort(os2 + 62) & (1 << 7)) != 0) {
                return new VerticalMetrics(upm, b.getShort(os2 + 68), b.getShort(os2 + 70), b.getShort(os2 + 72));
            }
            return new VerticalMetrics(upm, b.getShort(hhea + 4), b.getShort(hhea + 6), b.getShort(hhea + 8));
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("font file is truncated", e);
        }
    }

    private static int table(ByteBuffer b, String tag) {
        int offset = tableOrMinus(b, tag);
        if (offset < 0) {
            throw new IllegalArgumentException("font has no '" + tag + "' table");
        }
        return offset;
    }

    private static int tableOrMinus(ByteBuffer b, String tag) {
        int count = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int rec = 12 + 16 * i;
            String t = new String(new byte[] {b.get(rec), b.get(rec + 1), b.get(rec + 2), b.get(rec + 3)},
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            if (t.equals(tag)) {
                return b.getInt(rec + 8);
            }
        }
        return -1;
    }
}
