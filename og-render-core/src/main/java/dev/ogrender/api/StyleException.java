package dev.ogrender.api;

/**
 * A CSS problem: a syntax error, or (in strict mode) an unsupported property or value. The message
 * names the property, the value and what is allowed.
 */
public class StyleException extends RenderException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was wrong and what is allowed
     * @param line    1-based line in the bound template, or 0
     * @param column  1-based column in the bound template, or 0
     */
    public StyleException(String message, int line, int column) {
        super(message, line, column, null);
    }
}
