package dev.ogrender.style;

/**
 * Thrown by property parsers when a value is not valid (the declaration is dropped, as browsers do) or
 * valid but not supported. Stackless: it is control flow, not a bug.
 */
final class InvalidValue extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Null for an invalid value; else why a valid value is not supported. */
    private final String unsupportedReason;

    private InvalidValue(String unsupportedReason) {
        super(unsupportedReason, null, false, false);
        this.unsupportedReason = unsupportedReason;
    }

    /** @return an exception meaning "not valid for this property" */
    static InvalidValue invalid() {
        return new InvalidValue(null);
    }

    /** @return an exception meaning "valid CSS that we cannot render yet", with the reason */
    static InvalidValue unsupported(String reason) {
        return new InvalidValue(reason);
    }

    /** @return null when invalid, else why unsupported */
    String unsupportedReason() {
        return unsupportedReason;
    }
}
