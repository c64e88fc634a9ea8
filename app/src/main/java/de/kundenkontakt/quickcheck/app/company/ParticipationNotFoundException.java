package de.kundenkontakt.quickcheck.app.company;

/** No participation link has this token (never created, mistyped, or its company was deleted). */
public class ParticipationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ParticipationNotFoundException() {
        super("no such participation link");
    }
}
