package de.kundenkontakt.quickcheck.app.assessment;

import java.util.Optional;

/** Whom a company sells to: businesses, consumers or both. */
public enum Market {
    /** Other businesses. */
    B2B("b2b"),
    /** Consumers. */
    B2C("b2c"),
    /** Businesses and consumers. */
    BOTH("both");

    private final String id;

    Market(String id) {
        this.id = id;
    }

    /** The public id as stored and sent: "b2b", "b2c" or "both"; never null. */
    public String id() {
        return id;
    }

    /** The message key of its label in bundle {@code i18n/assessment}; never null. */
    public String messageKey() {
        return "assessment.market." + id;
    }

    /** The market with this id, if there is one. */
    public static Optional<Market> byId(String id) {
        for (Market market : values()) {
            if (market.id.equals(id)) {
                return Optional.of(market);
            }
        }
        return Optional.empty();
    }
}
