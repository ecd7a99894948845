package dev.ogrender.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * One static font file shipped in this jar: a family, a weight and a style, and where its bytes live.
 *
 * @param family   the CSS family name, for example {@code Inter}
 * @param weight   the CSS weight, 100 to 900 in steps of 100
 * @param italic   whether this is the italic face
 * @param resource the classpath resource path of the TrueType file, without a leading slash
 */
public record BundledFace(String family, int weight, boolean italic, String resource) {

    /** Checks the parts: a family, a weight from 1 to 1000 and a resource path. */
    public BundledFace {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(resource, "resource");
        if (weight < 1 || weight > 1000) {
            throw new IllegalArgumentException("font weight must be 1-1000, was " + weight);
        }
    }

    /**
     * Opens the font file. The caller closes the stream.
     *
     * @return the TrueType bytes of this face
     * @throws UncheckedIOException if the resource is missing from the jar
     */
    public InputStream open() {
        InputStream in = BundledFace.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("bundled font resource missing: " + resource));
        }
        return in;
    }
}
