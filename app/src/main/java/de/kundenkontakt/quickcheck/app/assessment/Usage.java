package de.kundenkontakt.quickcheck.app.assessment;

import java.util.Optional;

/** Whether a company uses a touchpoint today: part of its current state. */
public enum Usage {
    /** The company uses the touchpoint today. */
    IN_USE("in-use"),
    /** The company intends to introduce it. */
    PLANNED("planned"),
    /** The company does not use it. */
    NOT_USED("not-used");

    private final String id;

    Usage(String id) {
        this.id = id;
    }

    /** The public id as stored and sent: "in-use", "planned" or "not-used"; never null. */
    public String id() {
        return id;
    }

    /** The message key of its label in bundle {@code i18n/assessment}; never null. */
    public String messageKey() {
        return "assessment.usage." + id;
    }

    /** The usage with this id, if there is one. */
    public static Optional<Usage> byId(String id) {
        for (Usage usage : values()) {
            if (usage.id.equals(id)) {
                return Optional.of(usage);
            }
        }
        return Optional.empty();
    }
}
