package de.kundenkontakt.quickcheck.app.guide;

/** Thrown when a content file is missing or incomplete; the message names the file and the key. */
public final class ContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ContentException(String message) {
        super(message);
    }

    ContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
