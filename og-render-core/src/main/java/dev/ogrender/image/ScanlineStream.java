package dev.ogrender.image;

/**
 * Builds the whole filtered scanline stream of an image in one array (filter type byte + row per
 * scanline), as {@link FastDeflate} wants it: it matches against everything already seen.
 *
 * <p>Rows are either all unfiltered or each filtered adaptively ({@link PngFilter#choose}). Which one is
 * decided per image by coding a few sample bands both ways and comparing estimated sizes: unfiltered
 * rows keep the exact repeats of rendered gradients (a dithered diagonal gradient repeats every eight
 * rows, shifted), filters win on photographs and horizontal gradients.
 */
final class ScanlineStream {

    private static final int BANDS = 3;
    private static final int BAND_ROWS = 16;

    private ScanlineStream() {
    }

    /** @return the filtered scanlines of all rows */
    static byte[] of(PngRows rows, int width, int height, int bpp) {
        boolean adaptive = adaptiveIsSmaller(rows, width, height, bpp);
        return filter(rows, 0, height, width, bpp, adaptive);
    }

    /** Filters rows {@code [first, first + count)}, reading row {@code first - 1} for Up when it exists. */
    static byte[] filter(PngRows rows, int first, int count, int width, int bpp, boolean adaptive) {
        int rowBytes = width * bpp;
        byte[] out = new byte[count * (rowBytes + 1)];
        byte[] previous = new byte[rowBytes];
        byte[] current = new byte[rowBytes];
        byte[] filtered = new byte[rowBytes + 1];
        if (adaptive && first > 0) {
            rows.read(first - 1, previous);
        }
        for (int y = 0; y < count; y++) {
            rows.read(first + y, current);
            int at = y * (rowBytes + 1);
            if (adaptive) {
                PngFilter.apply(PngFilter.choose(current, previous, bpp), current, previous, bpp, filtered);
                System.arraycopy(filtered, 0, out, at, rowBytes + 1);
                byte[] swap = previous;
                previous = current;
                current = swap;
            } else {
                out[at] = PngFilter.NONE;
                System.arraycopy(current, 0, out, at + 1, rowBytes);
            }
        }
        return out;
    }

    /**
     * Codes three bands of rows both ways. Each band is coded after the rows that fit in the deflate
     * window before it, so matches reaching back to earlier rows count, as they will in the real stream.
     */
    static boolean adaptiveIsSmaller(PngRows rows, int width, int height, int bpp) {
        if (height < 2) {
            return true;
        }
        int rowLength = width * bpp + 1;
        int bandRows = Math.min(BAND_ROWS, height);
        int context = Math.min(FastDeflate.WINDOW / rowLength + 1, height);
        double adaptive = 0;
        double none = 0;
        for (int band = 0; band < BANDS; band++) {
            int first = (int) ((long) (height - bandRows) * (2 * band + 1) / (2 * BANDS));
            int from = Math.max(0, first - context);
            int count = first + bandRows - from;
            int start = (first - from) * rowLength;
            byte[] a = filter(rows, from, count, width, bpp, true);
            byte[] n = filter(rows, from, count, width, bpp, false);
            adaptive += FastDeflate.match(a, start, a.length).estimatedBits();
            none += FastDeflate.match(n, start, n.length).estimatedBits();
        }
        return adaptive < none;
    }
}
