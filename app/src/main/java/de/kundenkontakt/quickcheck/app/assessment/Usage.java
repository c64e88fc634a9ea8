package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.app.shared.PublicId;
import java.util.Optional;

/**
 * Whether a company uses a touchpoint today: part of its current state. Stored and sent by its
 * {@link #id()}: "in-use", "planned" or "not-used".
 */
public enum Usage implements PublicId {
    /** The company uses the touchpoint today. */
    IN_USE,
    /** The company intends to introduce it. */
    PLANNED,
    /** The company does not use it. */
    NOT_USED;

    /** The message key of its label in bundle {@code i18n/assessment}; never null. */
    public String messageKey() {
        return "assessment.usage." + id();
    }

    /** The usage with this id, if there is one. */
    public static Optional<Usage> byId(String id) {
        return PublicId.byId(Usage.class, id);
    }
}
