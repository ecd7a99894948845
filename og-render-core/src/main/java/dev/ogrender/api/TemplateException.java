package dev.ogrender.api;

/**
 * The template text is malformed (for example an unclosed {@code {{#section}}}) or uses a data key that
 * the data does not provide.
 */
public class TemplateException extends RenderException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was wrong
     * @param line    1-based line in the template, or 0
     * @param column  1-based column in the template, or 0
     * @param cause   the underlying cause, or null
     */
    public TemplateException(String message, int line, int column, Throwable cause) {
        super(message, line, column, cause);
    }
}
