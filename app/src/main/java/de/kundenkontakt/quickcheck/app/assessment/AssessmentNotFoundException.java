package de.kundenkontakt.quickcheck.app.assessment;

/**
 * Thrown when a link's token belongs to no assessment: never created, deleted, or mistyped. The
 * message never contains the token.
 */
public final class AssessmentNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public AssessmentNotFoundException() {
        super("no assessment belongs to this link");
    }
}
