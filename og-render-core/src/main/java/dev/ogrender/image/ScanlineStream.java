package dev.ogrender.image;

/**
 * Builds the whole filtered scanline stream of an image in one array (filter type byte + row per
 * scanline), as {@link FastDeflate} wants it: it matches against everything already seen.
 *
 * <p>Rows are either all unfiltered or each filtered adaptively ({@link PngFilter#choose}). Which one is
 * decided per image by coding a few sample bands both ways and comparing estimated sizes: unfiltered
 * rows keep the exact repeats of rendered gradients (a dithered diagonal gradient repeats every eight
 * rows, shifted), filters win on photographs and horizontal gradients. The unfiltered stream is built
 * first and its bands are probed in place, so the probe costs about a tenth of the coding.
 */
final class ScanlineStream {

    private static final int BANDS = 3;
    private static final int BAND_ROWS = 12;
    /** Rows coded before each adaptive probe band, so that its matches into recent rows count. */
    private static final int CONTEXT_ROWS = 9;

    private ScanlineStream() {
    }

    /** @return the filtered scanlines of all rows */
    static byte[] of(PngRows rows, int width, int height, int bpp) {
        int rowLength = width * bpp + 1;
        byte[] none = new byte[height * rowLength];
        for (int y = 0; y < height; y++) {
            rows.read(y, none, y * rowLength + 1);
        }
        return adaptiveIsSmaller(none, rowLength, height, bpp) ? adaptive(none, 0, height, rowLength, bpp) : none;
    }

    /** @return rows {@code [first, first + count)} of the unfiltered stream, each filtered adaptively */
    static byte[] adaptive(byte[] none, int first, int count, int rowLength, int bpp) {
        int rowBytes = rowLength - 1;
        byte[] out = new byte[count * rowLength];
        byte[] previous = new byte[rowBytes];
        byte[] current = new byte[rowBytes];
        byte[] filtered = new byte[rowLength];
        if (first > 0) {
            System.arraycopy(none, (first - 1) * rowLength + 1, previous, 0, rowBytes);
        }
        for (int y = 0; y < count; y++) {
            System.arraycopy(none, (first + y) * rowLength + 1, current, 0, rowBytes);
            PngFilter.apply(PngFilter.choose(current, previous, bpp), current, previous, bpp, filtered);
            System.arraycopy(filtered, 0, out, y * rowLength, rowLength);
            byte[] swap = previous;
            previous = current;
            current = swap;
        }
        return out;
    }

    private static boolean adaptiveIsSmaller(byte[] none, int rowLength, int height, int bpp) {
        if (height < 2) {
            return true;
        }
        int bandRows = Math.min(BAND_ROWS, height);
        double adaptive = 0;
        double plain = 0;
        FastDeflate.Tables tables = new FastDeflate.Tables();
        for (int band = 0; band < BANDS; band++) {
            int first = (int) ((long) (height - bandRows) * (2 * band + 1) / (2 * BANDS));
            int from = Math.max(0, first - CONTEXT_ROWS);
            byte[] a = adaptive(none, from, first + bandRows - from, rowLength, bpp);
            tables.clear();
            adaptive += FastDeflate.match(a, (first - from) * rowLength, a.length, tables).estimatedBits();
            tables.clear();
            plain += FastDeflate.match(none, first * rowLength, (first + bandRows) * rowLength, tables).estimatedBits();
        }
        return adaptive < plain;
    }
}
