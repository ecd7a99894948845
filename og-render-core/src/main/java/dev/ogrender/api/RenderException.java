package dev.ogrender.api;

/**
 * Why a template could not be rendered. The message names what was wrong and, where the cause is in the
 * template, its line and column. Subclasses tell the stage apart.
 */
public class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * Creates an exception with a position.
     *
     * @param message what was wrong, without the position
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param cause   the underlying cause, or null
     */
    public RenderException(String message, int line, int column, Throwable cause) {
        super(line > 0 ? message + " at " + line + ":" + column : message, cause);
        this.line = line;
        this.column = column;
    }

    /**
     * Creates an exception without a position.
     *
     * @param message what was wrong
     */
    public RenderException(String message) {
        this(message, 0, 0, null);
    }

    /** @return the 1-based line of the cause in the template, or 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column of the cause in the template, or 0 when unknown */
    public int column() {
        return column;
    }
}
