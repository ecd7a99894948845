package dev.ogrender.style;

/**
 * A reference to an image resource, as the style stage resolves {@code url()} and {@code <img src>}:
 * the URL as written (not yet read; loading is the image stage's job) and where it was written.
 *
 * @param url    the URL, quotes removed
 * @param line   1-based line in the template, or 0
 * @param column 1-based column, or 0
 */
public record ImageRef(String url, int line, int column) implements BackgroundImage {
}
