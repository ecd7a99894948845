package dev.ogrender.image;

/**
 * How {@link PngEncoder} compresses.
 *
 * @param level    {@link #FAST} for og-render's own single-pass deflate coder (see {@link FastDeflate}),
 *                 or a zlib deflate level, 1 (fastest) to 9 (smallest)
 * @param parallel whether idle cores may code bands of a large image's deflate stream at the same time
 *                 (pigz-style; {@link #FAST} only). Only cores that no other encode is using are taken,
 *                 so a lone render gets them all and a batch that keeps every core busy codes each image
 *                 on its own thread. The bytes are the same either way: the bands depend only on the
 *                 image's size
 * @param palette  whether to write an indexed (palette) PNG when the image has at most 256 distinct
 *                 colours, which is lossless then; otherwise the option is ignored
 * @param reuse    whether bands of rows that came out the same in a recent image (a template's
 *                 background, logo, fixed labels) may be copied from that image's coded stream instead
 *                 of being coded again ({@link #FAST} only). The PNG bytes are the same either way: a
 *                 band is reused only when its bytes, and the 32 KB before them, equal the earlier
 *                 band's byte for byte. The bands are shared by the JVM and take up to a sixteenth of
 *                 the maximum heap (16 to 128 MB)
 */
public record PngOptions(int level, boolean parallel, boolean palette, boolean reuse) {

    /** The level that selects og-render's own coder. */
    public static final int FAST = 0;

    /** og-render's coder on idle cores, true colour: the fastest choice for rendered cards. */
    public static final PngOptions DEFAULT = new PngOptions(FAST, true, false, true);

    /**
     * @throws IllegalArgumentException if the level is not {@link #FAST} or 1-9
     */
    public PngOptions {
        if (level < FAST || level > 9) {
            throw new IllegalArgumentException("PNG compression level must be 0 (og-render's fast coder) or 1-9, was "
                    + level);
        }
    }

    /** @return these options at a zlib level, 1-9 */
    public static PngOptions zlib(int level) {
        if (level < 1 || level > 9) {
            throw new IllegalArgumentException("PNG compression level must be 1-9, was " + level);
        }
        return new PngOptions(level, false, false, false);
    }

    /** @return a copy with parallel deflate switched on or off */
    public PngOptions withParallel(boolean on) {
        return new PngOptions(level, on, palette, reuse);
    }

    /** @return a copy with palette output switched on or off */
    public PngOptions withPalette(boolean on) {
        return new PngOptions(level, parallel, on, reuse);
    }

    /** @return a copy with reuse of unchanged bands switched on or off */
    public PngOptions withReuse(boolean on) {
        return new PngOptions(level, parallel, palette, on);
    }
}
