package de.kundenkontakt.quickcheck.engine;

/**
 * Thrown when a catalogue cannot be loaded or is inconsistent; the message names the file and the
 * cell, such as {@code weights.csv, row "reichweite", column "blog": weight 4 is outside 0..3}.
 */
public final class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names what is wrong; not null. */
    public CatalogException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the cause. */
    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
