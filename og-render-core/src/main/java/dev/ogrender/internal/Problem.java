package dev.ogrender.internal;

/**
 * One finding about a template.
 *
 * @param kind    which stage found it
 * @param message what was wrong and what is allowed, without the position
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 */
public record Problem(Kind kind, String message, int line, int column) {

    /** The stage that found a problem. */
    public enum Kind {
        /** Mustache syntax or data binding. */
        TEMPLATE,
        /** HTML structure. */
        HTML,
        /** CSS syntax, properties and values. */
        STYLE,
        /** Fonts, images and other resources. */
        RESOURCE
    }
}
