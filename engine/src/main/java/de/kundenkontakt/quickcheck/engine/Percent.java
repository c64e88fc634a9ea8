package de.kundenkontakt.quickcheck.engine;

import java.math.BigDecimal;

/**
 * An exact percentage {@code 100 × score / maximum}, kept as the two integers so that comparisons
 * and thresholds never suffer from floating-point error. Immutable and thread-safe.
 *
 * @param score the points reached, 0 to maximum
 * @param maximum the points that could be reached, greater than 0
 */
public record Percent(long score, long maximum) implements Comparable<Percent> {

    public Percent {
        if (maximum <= 0) {
            throw new IllegalArgumentException("maximum must be positive: " + maximum);
        }
        if (score < 0 || score > maximum) {
            throw new IllegalArgumentException("score outside 0.." + maximum + ": " + score);
        }
    }

    /** Whether this percentage is at least {@code percent}, compared exactly. */
    public boolean isAtLeast(int percent) {
        return score * 100 >= (long) percent * maximum;
    }

    /**
     * The percentage in tenths of a percent, rounded half up: 772 for 77.15 %.
     */
    public long tenths() {
        // round(1000 × score / maximum) half up == floor((2000 × score + maximum) / (2 × maximum))
        return (2000 * score + maximum) / (2 * maximum);
    }

    /** The percentage with one decimal, rounded half up, never null. */
    public BigDecimal rounded() {
        return BigDecimal.valueOf(tenths(), 1);
    }

    /** The rounded percentage as the model prints it, with a point: "77.2", never null. */
    public String display() {
        return rounded().toPlainString();
    }

    @Override
    public int compareTo(Percent other) {
        return Long.compare(score * other.maximum, other.score * maximum);
    }

    @Override
    public String toString() {
        return display() + " %";
    }
}
