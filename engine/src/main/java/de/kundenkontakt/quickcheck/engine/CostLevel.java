package de.kundenkontakt.quickcheck.engine;

/**
 * How much a touchpoint costs to start or to run, read off the weight of the catalogue's cost
 * question: a touchpoint that serves "low cost" fully (weight 3) is cheap, one that serves it
 * barely or not at all (weight 0 or 1) is expensive.
 */
public enum CostLevel {
    LOW,
    MEDIUM,
    HIGH;

    /** The level for a weight of the cost question, 0..3; never null. */
    public static CostLevel fromWeight(int weight) {
        if (weight < Catalog.MIN_WEIGHT || weight > Catalog.MAX_WEIGHT) {
            throw new IllegalArgumentException("weight outside 0..3: " + weight);
        }
        return weight == Catalog.MAX_WEIGHT ? LOW : weight == Catalog.MAX_WEIGHT - 1 ? MEDIUM : HIGH;
    }

    /** The public id, lower case: "low", "medium", "high"; never null. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
