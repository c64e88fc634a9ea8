package de.kundenkontakt.quickcheck.engine;

import java.util.Objects;

/**
 * One step of the rating scale, such as "sehr-wichtig" worth 6 points. Immutable and thread-safe.
 *
 * @param id the public id, not null
 * @param points the points this level gives, zero or more
 * @param label the label shown to people, not null
 */
public record AnswerLevel(String id, int points, LocalizedText label) {

    public AnswerLevel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative: " + points);
        }
    }
}
