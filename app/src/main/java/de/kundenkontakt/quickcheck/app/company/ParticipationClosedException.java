package de.kundenkontakt.quickcheck.app.company;

/**
 * A participation link that existed but no longer works: it expired, or the assessment started on
 * it is complete (the page answers 410 and says which).
 */
public class ParticipationClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean completed;

    public ParticipationClosedException(boolean completed) {
        super(completed ? "participation link used up" : "participation link expired");
        this.completed = completed;
    }

    /** Whether it closed because the assessment is complete (else it expired). */
    public boolean completed() {
        return completed;
    }
}
