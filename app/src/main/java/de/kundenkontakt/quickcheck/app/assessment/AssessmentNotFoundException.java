package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.app.api.ApiProblem;

/**
 * Thrown when a link's token belongs to no assessment: never created, deleted, or mistyped. The
 * message never contains the token. The API answers it with 404 "assessment-not-found".
 */
public final class AssessmentNotFoundException extends RuntimeException implements ApiProblem {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public AssessmentNotFoundException() {
        super("no assessment belongs to this link");
    }

    @Override
    public int problemStatus() {
        return 404;
    }

    @Override
    public String problemKey() {
        return "assessment-not-found";
    }
}
