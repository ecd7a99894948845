package dev.ogrender.text;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One font face: a family, weight and style, the Java2D font (loaded once per process, on first use) and
 * the vertical metrics the way Chromium reads them.
 */
public final class FontFace {

    private static final Map<TextAttribute, Object> SHAPING = Map.of(
            TextAttribute.KERNING, TextAttribute.KERNING_ON,
            TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);

    private final String family;
    private final int weight;
    private final boolean italic;
    private final Supplier<Loaded> source;
    private volatile Loaded loaded;
    private final Map<Float, Font> shapingBySize = new ConcurrentHashMap<>();
    private final Map<Float, Font> plainBySize = new ConcurrentHashMap<>();
    private volatile float[] zones;
    /** The top of the weight range an @font-face rule declares; {@link #weight} is its bottom. */
    private int maxWeight;

    /** What reading the font file gives. */
    record Loaded(Font plainBase, Font shapingBase, FontTables.VerticalMetrics metrics,
            FontTables.DecorationMetrics decorationMetrics) {
        Loaded(Font base, FontTables.VerticalMetrics metrics, FontTables.DecorationMetrics decorationMetrics) {
            this(base, base.deriveFont(SHAPING), metrics, decorationMetrics);
        }
    }

    FontFace(String family, int weight, boolean italic, Font base, FontTables.VerticalMetrics metrics,
            FontTables.DecorationMetrics decorationMetrics) {
        this(family, weight, italic, null);
        this.loaded = new Loaded(base, metrics, decorationMetrics);
    }

    /**
     * A face read on first use: a card draws with a few of the 18 bundled faces, and reading a face
     * costs ~20-40 ms of a cold start.
     */
    FontFace(String family, int weight, boolean italic, Supplier<Loaded> source) {
        this.family = family;
        this.weight = weight;
        this.italic = italic;
        this.source = source;
        this.maxWeight = weight;
    }

    /** Reads the face once; the lock is per face and taken only until the first read finishes. */
    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    l = source.get();
                    loaded = l;
                }
            }
        }
        return l;
    }

    /** @return a copy of this face covering the weights min to max (an @font-face range) */
    FontFace withWeights(String familyName, int min, int max) {
        FontFace f = new FontFace(familyName, min, italic, this::loaded);
        f.maxWeight = max;
        return f;
    }

    /** @return the top of the weight range this face covers (its weight for a single-weight face) */
    public int maxWeight() {
        return maxWeight;
    }

    /** @return the family name as registered */
    public String family() {
        return family;
    }

    /** @return the CSS weight */
    public int weight() {
        return weight;
    }

    /** @return whether the face is italic */
    public boolean italic() {
        return italic;
    }

    /**
     * @param size px
     * @param ligatures whether standard ligatures may form (Chromium turns them off with letter-spacing)
     * @return the font at that size, with kerning on
     */
    public Font font(float size, boolean ligatures) {
        if (ligatures) {
            return shapingBySize.computeIfAbsent(size, loaded().shapingBase()::deriveFont);
        }
        return plainBySize.computeIfAbsent(size,
                s -> loaded().plainBase().deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON)).deriveFont(s));
    }

    /**
     * The ascent, descent and line gap at a size, each rounded to whole pixels as Blink does on Linux.
     *
     * @param size px
     * @return the metrics
     */
    public LineMetrics metrics(float size) {
        FontTables.VerticalMetrics metrics = loaded().metrics();
        float scale = size / metrics.unitsPerEm();
        return new LineMetrics(Math.round(metrics.ascender() * scale),
                Math.round(-metrics.descender() * scale), Math.round(metrics.lineGap() * scale));
    }

    /**
     * The font's own decoration metrics at a size, unrounded: the {@code post} underline position and
     * thickness, and the {@code OS/2} strikeout position and size.
     *
     * @param size px
     * @return the metrics in px; positions are above the baseline (an underline's is negative)
     */
    public DecorationMetrics decorationMetrics(float size) {
        FontTables.DecorationMetrics d = loaded().decorationMetrics();
        float scale = size / d.unitsPerEm();
        return new DecorationMetrics(d.underlinePosition() * scale, d.underlineThickness() * scale,
                d.strikeoutPosition() * scale, d.strikeoutSize() * scale);
    }

    /**
     * Decoration metrics in pixels.
     *
     * @param underlinePosition  above the baseline (negative: below)
     * @param underlineThickness the font's underline thickness
     * @param strikeoutPosition  above the baseline
     * @param strikeoutSize      the font's strikeout thickness
     */
    public record DecorationMetrics(float underlinePosition, float underlineThickness, float strikeoutPosition,
            float strikeoutSize) {
    }

    /**
     * The heights that a light vertical hinter aligns to the pixel grid, as fractions of the em, lowest
     * first: the descender (bottom of p), the baseline, the x-height (top of x), the x-height overshoot
     * (top of o), the cap height (top of H) and the ascender (top of l), measured from the glyph outlines
     * as FreeType's autohinter does.
     *
     * @return heights above the baseline in em (descender negative), ascending
     */
    public float[] hintZones() {
        float[] z = zones;
        if (z == null) {
            Font big = loaded().plainBase().deriveFont(1000f);
            z = new float[] {-bottomOf(big, 'p'), 0, topOf(big, 'x'), topOf(big, 'o'), topOf(big, 'H'), topOf(big, 'l')};
            java.util.Arrays.sort(z);
            zones = z;
        }
        return z;
    }

    private static float topOf(Font font, char c) {
        java.awt.geom.Rectangle2D b = outlineBounds(font, c);
        return b == null ? 0 : (float) -b.getMinY() / 1000f;
    }

    private static float bottomOf(Font font, char c) {
        java.awt.geom.Rectangle2D b = outlineBounds(font, c);
        return b == null ? 0 : (float) b.getMaxY() / 1000f;
    }

    private static java.awt.geom.Rectangle2D outlineBounds(Font font, char c) {
        if (!font.canDisplay(c)) {
            return null;
        }
        java.awt.font.GlyphVector gv = font.createGlyphVector(TextShaper.FRC, new char[] {c});
        return gv.getGlyphOutline(0).getBounds2D();
    }

    /**
     * Vertical metrics in pixels.
     *
     * @param ascent  above the baseline, positive
     * @param descent below the baseline, positive
     * @param lineGap the font's recommended extra leading
     */
    public record LineMetrics(float ascent, float descent, float lineGap) {
        /** @return the height that {@code line-height: normal} uses */
        public float normalLineHeight() {
            return ascent + descent + lineGap;
        }
    }

    @Override
    public String toString() {
        return family + " " + weight + (italic ? " italic" : "");
    }
}
