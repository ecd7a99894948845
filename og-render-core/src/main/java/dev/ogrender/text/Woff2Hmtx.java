package dev.ogrender.text;

import java.nio.ByteBuffer;

/** The WOFF2 hmtx transform (section 5.4), undone once glyf is rebuilt. */
final class Woff2Hmtx {

    private Woff2Hmtx() {
    }

    /**
     * Undoes the hmtx transform (WOFF2 section 5.4): left side bearings left out of the table are the
     * glyphs' xMin.
     */
    static byte[] hmtx(byte[] table, short[] xMins, byte[] hhea) {
        ByteBuffer in = ByteBuffer.wrap(table);
        int flags = in.get() & 0xFF;
        int numH = ByteBuffer.wrap(hhea).getShort(34) & 0xFFFF;
        int numGlyphs = xMins.length;
        if (numH < 1 || numH > numGlyphs) {
            throw new IllegalArgumentException("WOFF2 hhea has an invalid numberOfHMetrics");
        }
        short[] adv = new short[numH];
        for (int i = 0; i < numH; i++) {
            adv[i] = in.getShort();
        }
        ByteBuffer out = ByteBuffer.allocate(4 * numH + 2 * (numGlyphs - numH));
        for (int i = 0; i < numH; i++) {
            out.putShort(adv[i]).putShort((flags & 1) != 0 ? xMins[i] : in.getShort());
        }
        for (int i = numH; i < numGlyphs; i++) {
            out.putShort((flags & 2) != 0 ? xMins[i] : in.getShort());
        }
        return out.array();
    }
}
