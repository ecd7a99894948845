package dev.ogrender.api;

/**
 * Something in a template that og-render could not honour but rendered around, for example an
 * unsupported CSS property. In strict mode the same finding is thrown as a {@link StyleException}.
 *
 * @param message what was wrong and what is allowed
 * @param line    1-based line in the bound template, or 0 when unknown
 * @param column  1-based column in the bound template, or 0 when unknown
 */
public record RenderWarning(String message, int line, int column) {

    /** The message with its position, as {@code 12:5: message}. */
    @Override
    public String toString() {
        return line > 0 ? line + ":" + column + ": " + message : message;
    }
}
