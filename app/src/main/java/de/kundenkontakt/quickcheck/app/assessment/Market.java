package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.app.shared.PublicId;
import java.util.Optional;

/**
 * Whom a company sells to: businesses, consumers or both. Stored and sent by its {@link #id()}:
 * "b2b", "b2c" or "both".
 */
public enum Market implements PublicId {
    /** Other businesses. */
    B2B,
    /** Consumers. */
    B2C,
    /** Businesses and consumers. */
    BOTH;

    /** The message key of its label in bundle {@code i18n/assessment}; never null. */
    public String messageKey() {
        return "assessment.market." + id();
    }

    /** The market with this id, if there is one. */
    public static Optional<Market> byId(String id) {
        return PublicId.byId(Market.class, id);
    }
}
