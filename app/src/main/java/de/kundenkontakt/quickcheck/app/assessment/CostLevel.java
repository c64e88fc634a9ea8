package de.kundenkontakt.quickcheck.app.assessment;

/** How much money and work a touchpoint takes, in three steps. */
public enum CostLevel {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String id;

    CostLevel(String id) {
        this.id = id;
    }

    /**
     * The cost level that a catalogue weight of a cost question expresses: the question asks for
     * low cost, so the more it weighs for a touchpoint, the cheaper that touchpoint is. 3 gives
     * {@code LOW}, 2 {@code MEDIUM}, 0 and 1 {@code HIGH}.
     *
     * @throws IllegalArgumentException if the weight is outside 0..3
     */
    public static CostLevel fromWeight(int weight) {
        return switch (weight) {
            case 3 -> LOW;
            case 2 -> MEDIUM;
            case 0, 1 -> HIGH;
            default -> throw new IllegalArgumentException("weight outside 0..3: " + weight);
        };
    }

    /** The public id: "low", "medium" or "high"; never null. */
    public String id() {
        return id;
    }

    /** The message key of its label in bundle {@code i18n/assessment}; never null. */
    public String messageKey() {
        return "assessment.cost." + id;
    }
}
