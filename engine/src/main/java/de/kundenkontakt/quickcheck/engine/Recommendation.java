package de.kundenkontakt.quickcheck.engine;

import java.util.Objects;

/**
 * A recommendation level with the lowest percent that reaches it, such as "empfehlenswert" from
 * 65 %. Immutable and thread-safe.
 *
 * @param id the public id, not null
 * @param minimumPercent the lowest percent, inclusive, that earns this level, 0 to 100
 * @param label the label shown to people, not null
 */
public record Recommendation(String id, int minimumPercent, LocalizedText label) {

    public Recommendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (minimumPercent < 0 || minimumPercent > 100) {
            throw new IllegalArgumentException("minimumPercent outside 0..100: " + minimumPercent);
        }
    }
}
