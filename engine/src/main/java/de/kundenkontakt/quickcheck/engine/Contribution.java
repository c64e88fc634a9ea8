package de.kundenkontakt.quickcheck.engine;

import java.util.Objects;

/**
 * What one answered question adds to one touchpoint's score. Immutable and thread-safe.
 *
 * @param question the question, not null
 * @param level the answer given, not null
 * @param weight the question's weight for the touchpoint, 0 to 3
 * @param maximumPoints the points of the catalogue's highest answer level
 */
public record Contribution(Question question, AnswerLevel level, int weight, int maximumPoints) {

    public Contribution {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(level, "level");
    }

    /** The points this answer adds: points × weight. */
    public int value() {
        return level.points() * weight;
    }

    /** The most this question could add: highest points × weight. */
    public int maximum() {
        return maximumPoints * weight;
    }

    /** What the answer left out compared with the highest level: maximum − value. */
    public int shortfall() {
        return maximum() - value();
    }
}
