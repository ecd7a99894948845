package dev.ogrender.internal;

/** A resource that could not be read, or was refused; the message says which and why, without position. */
public final class ResourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what was refused and why */
    public ResourceException(String message) {
        super(message, null, false, false);
    }
}
