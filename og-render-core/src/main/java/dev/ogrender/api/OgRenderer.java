package dev.ogrender.api;

import dev.ogrender.image.PngOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The entry point: turns HTML/CSS templates into Open Graph images.
 *
 * <p>Build one renderer per application and share it: it is immutable and thread-safe, and it loads
 * the bundled Inter fonts once.
 *
 * <pre>{@code
 * OgRenderer renderer = OgRenderer.builder().build();            // 1200x630, bundled Inter
 * Template card = renderer.template(Files.readString(Path.of("card.html")));
 * byte[] png = card.render(Map.of("title", "Hello")).png();
 * }</pre>
 */
public final class OgRenderer {

    /** The Open Graph image width most sites ask for. */
    public static final int DEFAULT_WIDTH = 1200;
    /** The Open Graph image height most sites ask for. */
    public static final int DEFAULT_HEIGHT = 630;

    private final RenderSettings settings;
    private final Pipeline pipeline;

    private OgRenderer(RenderSettings settings) {
        this.settings = settings;
        this.pipeline = new Pipeline(settings);
    }

    /**
     * @return a builder with the defaults: 1200x630, bundled fonts, lenient CSS, og-render's fast PNG
     *     coder (using idle cores), dithered gradients
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses a template once; render it many times with different data.
     *
     * @param html the template: HTML with {@code <style>} blocks, {@code style=""} attributes and
     *             Mustache tags ({@code {{name}}} is HTML-escaped; {@code {{#key}}...{{/key}}} is optional)
     * @return the compiled template
     * @throws TemplateException if the Mustache syntax is malformed, with line and column
     */
    public Template template(String html) {
        Objects.requireNonNull(html, "html");
        return new Template(pipeline, html);
    }

    /**
     * Renders a template once. Prefer {@link #template(String)} when the same template is used again.
     *
     * @param html the template
     * @param data the values for its tags
     * @return the rendered image
     * @throws RenderException if the template cannot be rendered
     */
    public RenderResult render(String html, Map<String, ?> data) {
        return template(html).render(data);
    }

    /** @return the output width in pixels */
    public int width() {
        return settings.width();
    }

    /** @return the output height in pixels */
    public int height() {
        return settings.height();
    }

    /** @return whether unsupported CSS is an error rather than a warning */
    public boolean strict() {
        return settings.strict();
    }

    /** Collects the settings of an {@link OgRenderer}. Not thread-safe; the renderer it builds is. */
    public static final class Builder {
        private int width = DEFAULT_WIDTH;
        private int height = DEFAULT_HEIGHT;
        private boolean strict;
        private Path baseDirectory;
        private final List<FontSource> fonts = new ArrayList<>();
        private long maxImageBytes = 20L << 20;
        private long maxImagePixels = 40_000_000L;
        // speed area: PNG coder and gradient dither
        private PngOptions png = PngOptions.DEFAULT;
        private boolean dither = true;

        private Builder() {
        }

        /**
         * Sets the image size.
         *
         * @param width  pixels, 1 to 8192
         * @param height pixels, 1 to 8192
         * @return this builder
         */
        public Builder size(int width, int height) {
            if (width < 1 || width > 8192 || height < 1 || height > 8192) {
                throw new IllegalArgumentException(
                        "image size must be 1-8192 pixels each way, was " + width + "x" + height);
            }
            this.width = width;
            this.height = height;
            return this;
        }

        /**
         * Makes unsupported CSS properties and values errors ({@link StyleException}) instead of
         * warnings on the result.
         *
         * @param strict true to fail on unsupported CSS
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Sets the folder that relative resource URLs in templates ({@code <img src>}, {@code url()} in
         * backgrounds and {@code @font-face}) resolve against. Nothing outside it is ever read: {@code ..}
         * and symbolic links that lead out, and absolute paths, are refused. Besides relative paths, URLs
         * may be {@code data:} URIs or {@code classpath:path/in/jar.png} (read with og-render's class
         * loader); {@code http:}, {@code https:} and {@code file:} URLs are never fetched. A refused or
         * unreadable resource is a warning on the result (strict mode: an error). Images and fonts are
         * read and decoded once per renderer and kept (failures too): build a new renderer to pick up
         * changed files.
         *
         * @param baseDirectory the folder, or null for none (relative URLs are then an error)
         * @return this builder
         */
        public Builder baseDirectory(Path baseDirectory) {
            this.baseDirectory = baseDirectory;
            return this;
        }

        /**
         * Uses zlib at this deflate level instead of og-render's own fast coder: 1 is fastest, 9
         * smallest. The default coder is several times faster than level 1 on rendered cards, and
         * smaller than levels 1-3; choose a level to trade time for size.
         *
         * @param level 1 to 9
         * @return this builder
         */
        public Builder pngCompressionLevel(int level) {
            if (level < 1 || level > 9) {
                throw new IllegalArgumentException("PNG compression level must be 1-9, was " + level);
            }
            this.png = new PngOptions(level, png.parallel(), png.palette(), png.reuse());
            return this;
        }

        /**
         * Lets one PNG encode use idle cores (the fast coder only): bands of rows of the deflate stream
         * are coded at once on shared daemon threads, with the same bytes as on one thread. On by default. Only cores that no other encode in this JVM is
         * using are taken, so a lone render on a server gets them all, and a batch that keeps every core
         * busy codes each image on its own thread. Switch it off to keep all work on the calling thread.
         *
         * @param parallel false to code every PNG on the calling thread
         * @return this builder
         */
        public Builder pngParallel(boolean parallel) {
            this.png = png.withParallel(parallel);
            return this;
        }

        /**
         * Lets PNG encodes reuse the coded form of row bands that came out the same in a recent image
         * (the fast coder only). On by default. A template's background, logo and fixed labels are the
         * same on every card, so only the bands with the data's text are coded again. The PNG bytes are
         * the same either way: a band is reused only when it, and the 32 KB of scanlines before it, equal
         * the earlier band byte for byte. The bands are shared by every renderer in the JVM and take up
         * to a sixteenth of the maximum heap (16 to 128 MB); switch reuse off to keep that memory or to
         * time the coder alone.
         *
         * @param reuse false to code every band of every image
         * @return this builder
         */
        public Builder pngReuse(boolean reuse) {
            this.png = png.withReuse(reuse);
            return this;
        }

        /**
         * Writes an indexed (palette) PNG whenever the image has at most 256 colours, which is lossless
         * then; other images stay true colour. Off by default: rendered cards with gradients or
         * anti-aliased text nearly always have more colours, and counting them costs time.
         *
         * @param palette true to try a palette
         * @return this builder
         */
        public Builder pngPalette(boolean palette) {
            this.png = png.withPalette(palette);
            return this;
        }

        /**
         * Sets whether gradients get the ordered dither Chromium adds (on by default, so cards match
         * Chromium). Without it a gradient card's PNG is about half the size and encodes faster, but
         * wide gradients may show 1-level bands; see docs/benchmarks.md for the numbers.
         *
         * @param dither false for plain rounding
         * @return this builder
         */
        public Builder gradientDither(boolean dither) {
            this.dither = dither;
            return this;
        }

        /**
         * Adds a TrueType, OpenType, WOFF or WOFF2 font face, usable by its family name in {@code font-family}.
         *
         * @param family the CSS family name
         * @param weight the CSS weight, 1 to 1000
         * @param italic whether it is an italic face
         * @param bytes  the font file
         * @return this builder
         */
        public Builder addFont(String family, int weight, boolean italic, byte[] bytes) {
            fonts.add(new FontSource(Objects.requireNonNull(family, "family"), weight, italic,
                    Objects.requireNonNull(bytes, "bytes").clone()));
            return this;
        }

        /**
         * Caps what an image or font may cost, checked before decoding: the file size, and the pixel
         * count read from an image's header (a small file that claims a huge raster is refused).
         *
         * @param maxBytes  the largest image or font file, bytes (default 20 MB)
         * @param maxPixels the largest image, width x height (default 40 million)
         * @return this builder
         */
        public Builder resourceLimits(long maxBytes, long maxPixels) {
            if (maxBytes < 1 || maxPixels < 1) {
                throw new IllegalArgumentException("resource limits must be positive, were " + maxBytes + " bytes and "
                        + maxPixels + " pixels");
            }
            this.maxImageBytes = maxBytes;
            this.maxImagePixels = maxPixels;
            return this;
        }

        /**
         * Builds the renderer, loading the fonts.
         *
         * @return a renderer with these settings
         * @throws RenderException if a font added with {@link #addFont} cannot be read
         */
        public OgRenderer build() {
            return new OgRenderer(new RenderSettings(width, height, strict, baseDirectory, png,
                    List.copyOf(fonts), dither, maxImageBytes, maxImagePixels));
        }
    }
}
