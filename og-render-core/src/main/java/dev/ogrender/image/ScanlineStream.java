package dev.ogrender.image;

/**
 * Builds the whole scanline stream of an image in one array (filter type byte + row per scanline), as
 * {@link FastDeflate} wants it: it matches against everything already seen.
 *
 * <p>Rows are left unfiltered (filter type 0). Rendered cards repeat themselves exactly, and filters
 * hide those repeats: a dithered diagonal gradient is the row eight above shifted by eight pixels, but
 * its Up- or Sub-filtered bytes are noise. Measured with the fast coder on the 20 fidelity cards and the
 * reference card, unfiltered rows were smaller on 18 of 21 (by 20-55% on gradient cards), and per-row
 * adaptive filters won by 3% on a clamped-title card and 10% on the photo-heavy recipe card. An earlier
 * per-image probe that coded sample bands both ways cost 1.8 ms per card (a fifth of the encode) and
 * chose wrongly on three of those cards, so it was removed; zlib levels ({@link PngOptions#zlib}) still
 * filter adaptively.
 */
final class ScanlineStream {

    private ScanlineStream() {
    }

    /** @return the length of the scanline stream of an image: {@code height * (1 + width * bpp)} */
    static int length(int width, int height, int bpp) {
        long length = (long) height * (1 + (long) width * bpp);
        if (length > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("image too large for one PNG stream: " + width + "x" + height);
        }
        return (int) length;
    }

    /**
     * Writes the unfiltered RGB scanlines of rows {@code [first, end)} into {@code out} (row y from
     * {@code y * (1 + 3 * width)}), checking on the way that every pixel is opaque.
     *
     * @return false (with {@code out} meaningless) as soon as a translucent pixel turns up
     */
    static boolean writeRgbIfOpaque(PngRows rows, int width, int first, int end, byte[] out) {
        int rowLength = width * 3 + 1;
        for (int y = first; y < end; y++) {
            out[y * rowLength] = PngFilter.NONE;
            if (!rows.readRgbIfOpaque(y, out, y * rowLength + 1)) {
                return false;
            }
        }
        return true;
    }

    /** Writes the unfiltered scanlines of all rows into {@code out} from index 0. */
    static void write(PngRows rows, int width, int height, int bpp, byte[] out) {
        int rowLength = width * bpp + 1;
        for (int y = 0; y < height; y++) {
            out[y * rowLength] = PngFilter.NONE;
            rows.read(y, out, y * rowLength + 1);
        }
    }
}
