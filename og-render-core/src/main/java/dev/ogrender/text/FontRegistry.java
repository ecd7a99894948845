package dev.ogrender.text;

import dev.ogrender.fonts.BundledFace;
import dev.ogrender.fonts.BundledFonts;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts a renderer may draw with, and CSS font matching over them. Never reads system fonts:
 * generic families and unknown families fall back to the bundled Inter. Immutable and thread-safe.
 */
public final class FontRegistry {

    private static final Set<String> GENERIC = Set.of("serif", "sans-serif", "monospace", "cursive", "fantasy",
            "system-ui", "ui-sans-serif", "ui-serif", "ui-monospace", "ui-rounded", "-apple-system",
            "blinkmacsystemfont", "emoji", "math", "fangsong");

    /** Distinct (families, weight, italic) requests remembered per registry before the memo starts over. */
    private static final int MAX_MATCHES = 1024;

    private final List<FontFace> faces;
    /**
     * Matches already made: layout asks once per text run, and scanning the faces with lower-casing
     * and streams made a good part of a card's garbage. Bounded by emptying; no global lock.
     */
    private final ConcurrentHashMap<Request, FontFace> matches = new ConcurrentHashMap<>();

    private record Request(List<String> families, int weight, boolean italic) {
    }

    private FontRegistry(List<FontFace> faces) {
        this.faces = List.copyOf(faces);
    }

    /** @return the registry of the bundled Inter faces, loaded once per process */
    public static FontRegistry bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Adds a face to a copy of this registry.
     *
     * @param family the CSS family name
     * @param weight 1-1000
     * @param italic whether it is italic
     * @param bytes  TrueType, OpenType (CFF), WOFF or WOFF2 bytes
     * @return the new registry
     * @throws IllegalArgumentException if the bytes are not a font Java2D can read
     */
    public FontRegistry with(String family, int weight, boolean italic, byte[] bytes) {
        List<FontFace> all = new ArrayList<>(faces);
        all.add(0, load(family, weight, italic, FontFormats.toSfnt(bytes, 64L << 20)));
        return new FontRegistry(all);
    }

    /**
     * Finds the face for a style, per the CSS Fonts font matching algorithm: the first family in the
     * list that exists, then style, then the nearest weight.
     *
     * @param families families in preference order, lower-case
     * @param weight   1-1000
     * @param italic   italic or oblique wanted
     * @return the face to draw with (Inter when nothing else matches)
     */
    public FontFace match(List<String> families, int weight, boolean italic) {
        Request request = new Request(families, weight, italic);
        FontFace face = matches.get(request);
        if (face == null) {
            face = find(families, weight, italic);
            if (matches.size() >= MAX_MATCHES) {
                matches.clear();
            }
            matches.put(new Request(List.copyOf(families), weight, italic), face);
        }
        return face;
    }

    private FontFace find(List<String> families, int weight, boolean italic) {
        for (String family : families) {
            String name = GENERIC.contains(family) ? BundledFonts.INTER.toLowerCase(Locale.ROOT) : family;
            List<FontFace> candidates = faces.stream()
                    .filter(f -> f.family().toLowerCase(Locale.ROOT).equals(name)).toList();
            if (!candidates.isEmpty()) {
                return FontMatcher.bestOf(candidates, weight, italic);
            }
        }
        return FontMatcher.bestOf(faces.stream().filter(f -> f.family().equals(BundledFonts.INTER)).toList(),
                weight, italic);
    }

    /**
     * @param family a lower-case family name
     * @return whether a face of that family (or a generic family) is available
     */
    public boolean hasFamily(String family) {
        return GENERIC.contains(family)
                || faces.stream().anyMatch(f -> f.family().toLowerCase(Locale.ROOT).equals(family));
    }

    /**
     * Reads a web font for an @font-face rule: TTF, OTF or WOFF bytes.
     *
     * @param family    the family name
     * @param minWeight the bottom of the weight range
     * @param maxWeight the top of the weight range
     * @param italic    whether it is italic
     * @param bytes     the file
     * @param maxBytes  the largest unpacked font
     * @return the face
     * @throws IllegalArgumentException if the bytes are not a readable font
     */
    public static FontFace readFace(String family, int minWeight, int maxWeight, boolean italic, byte[] bytes,
            long maxBytes) {
        byte[] sfnt = FontFormats.toSfnt(bytes, maxBytes);
        return load(family, minWeight, italic, sfnt).withWeights(family, minWeight, maxWeight);
    }

    /**
     * @param added faces to put before this registry's (they win over same-named families)
     * @return a registry with those faces added
     */
    public FontRegistry withFaces(List<FontFace> added) {
        if (added.isEmpty()) {
            return this;
        }
        List<FontFace> all = new ArrayList<>(added);
        all.addAll(faces);
        return new FontRegistry(all);
    }

    /** Reads a user's font at once, so a bad file is reported where it is given. */
    private static FontFace load(String family, int weight, boolean italic, byte[] bytes) {
        FontFace.Loaded loaded = read(family, weight, italic, bytes);
        return new FontFace(family, weight, italic, () -> loaded);
    }

    private static FontFace.Loaded read(String family, int weight, boolean italic, byte[] bytes) {
        try {
            Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            return new FontFace.Loaded(font, FontTables.read(bytes), FontTables.decorations(bytes));
        } catch (FontFormatException | IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read font " + family + " " + weight
                    + (italic ? " italic" : "") + ": " + e.getMessage(), e);
        }
    }

    /** The bundled faces, each read from its resource on first use (see {@link FontFace}). */
    private static final class Bundled {
        static final FontRegistry INSTANCE = loadBundled();

        private static FontRegistry loadBundled() {
            List<FontFace> faces = new ArrayList<>();
            for (BundledFace face : BundledFonts.faces()) {
                faces.add(new FontFace(face.family(), face.weight(), face.italic(), () -> {
                    try (InputStream in = face.open()) {
                        return read(face.family(), face.weight(), face.italic(), in.readAllBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read bundled font " + face.resource(), e);
                    }
                }));
            }
            return new FontRegistry(faces);
        }
    }
}
