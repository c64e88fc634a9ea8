package de.kundenkontakt.quickcheck.engine;

import java.util.Optional;

/** The phases of the customer journey after the AIDA(LA) model, in journey order. */
public enum JourneyPhase {
    ATTENTION("attention"),
    INTEREST("interest"),
    DESIRE("desire"),
    ACTION("action"),
    LOYALTY("loyalty"),
    ADVOCACY("advocacy");

    private final String id;

    JourneyPhase(String id) {
        this.id = id;
    }

    /** The public id, lower case, never null. */
    public String id() {
        return id;
    }

    /** The phase with this public id, if there is one. */
    public static Optional<JourneyPhase> byId(String id) {
        for (JourneyPhase phase : values()) {
            if (phase.id.equals(id)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
