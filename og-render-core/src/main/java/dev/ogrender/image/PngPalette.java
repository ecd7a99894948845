package dev.ogrender.image;

/**
 * An indexed-colour version of an image with at most 256 distinct colours (exact, so lossless): the
 * palette (PLTE, plus tRNS when any colour is translucent) and the unfiltered 8-bit index scanlines.
 * Palette images skip filtering, as the PNG specification recommends for them.
 */
final class PngPalette {

    private static final int MAX_COLOURS = 256;
    private static final int SLOTS = 1024;              // open addressing, at most a quarter full

    /** Colours as {@code a << 24 | r << 16 | g << 8 | b} (straight alpha), in index order. */
    final int[] colours;
    final int size;
    /** Filter byte (0) + one index per pixel, per row. */
    final byte[] scanlines;

    private PngPalette(int[] colours, int size, byte[] scanlines) {
        this.colours = colours;
        this.size = size;
        this.scanlines = scanlines;
    }

    /** @return the indexed image, or null when it has more than 256 colours */
    static PngPalette of(PngRows rows, int width, int height, int bpp) {
        int[] keys = new int[SLOTS];
        short[] index = new short[SLOTS];
        boolean[] used = new boolean[SLOTS];
        int[] colours = new int[MAX_COLOURS];
        int size = 0;
        byte[] row = new byte[width * bpp];
        byte[] out = new byte[height * (width + 1)];
        for (int y = 0; y < height; y++) {
            rows.read(y, row);
            int o = y * (width + 1) + 1;
            for (int x = 0, p = 0; x < width; x++, p += bpp) {
                int c = (bpp == 4 ? (row[p + 3] & 0xFF) << 24 : 0xFF000000)
                        | (row[p] & 0xFF) << 16 | (row[p + 1] & 0xFF) << 8 | (row[p + 2] & 0xFF);
                int slot = (c * 0x9E3779B1) >>> 22;
                while (used[slot] && keys[slot] != c) {
                    slot = (slot + 1) & (SLOTS - 1);
                }
                if (!used[slot]) {
                    if (size == MAX_COLOURS) {
                        return null;
                    }
                    used[slot] = true;
                    keys[slot] = c;
                    index[slot] = (short) size;
                    colours[size++] = c;
                }
                out[o + x] = (byte) index[slot];
            }
        }
        return new PngPalette(colours, size, out);
    }

    /** @return the PLTE chunk data: r, g, b per entry */
    byte[] plte() {
        byte[] plte = new byte[size * 3];
        for (int i = 0; i < size; i++) {
            plte[i * 3] = (byte) (colours[i] >> 16);
            plte[i * 3 + 1] = (byte) (colours[i] >> 8);
            plte[i * 3 + 2] = (byte) colours[i];
        }
        return plte;
    }

    /** @return the tRNS chunk data (alpha per entry up to the last translucent one), or null when all are opaque */
    byte[] trns() {
        int last = -1;
        for (int i = 0; i < size; i++) {
            if (colours[i] >>> 24 != 0xFF) {
                last = i;
            }
        }
        if (last < 0) {
            return null;
        }
        byte[] trns = new byte[last + 1];
        for (int i = 0; i <= last; i++) {
            trns[i] = (byte) (colours[i] >>> 24);
        }
        return trns;
    }
}
