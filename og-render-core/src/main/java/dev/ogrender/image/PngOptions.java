package dev.ogrender.image;

/**
 * How {@link PngEncoder} compresses.
 *
 * @param level    {@link #FAST} for og-render's own single-pass deflate coder (see {@link FastDeflate}),
 *                 or a zlib deflate level, 1 (fastest) to 9 (smallest)
 * @param parallel whether a large image's deflate stream is split in two halves compressed at the same
 *                 time, the second on a shared helper thread (pigz-style; {@link #FAST} only). Helps a
 *                 single render on an idle machine; adds nothing when every core is already rendering
 * @param palette  whether to write an indexed (palette) PNG when the image has at most 256 distinct
 *                 colours, which is lossless then; otherwise the option is ignored
 */
public record PngOptions(int level, boolean parallel, boolean palette) {

    /** The level that selects og-render's own coder. */
    public static final int FAST = 0;

    /** og-render's coder, one thread, true colour: the fastest choice for rendered cards. */
    public static final PngOptions DEFAULT = new PngOptions(FAST, false, false);

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
        return new PngOptions(level, false, false);
    }

    /** @return a copy with parallel deflate switched on or off */
    public PngOptions withParallel(boolean on) {
        return new PngOptions(level, on, palette);
    }

    /** @return a copy with palette output switched on or off */
    public PngOptions withPalette(boolean on) {
        return new PngOptions(level, parallel, on);
    }
}
