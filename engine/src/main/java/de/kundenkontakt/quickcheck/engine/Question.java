package de.kundenkontakt.quickcheck.engine;

import java.util.Objects;

/**
 * One need a company rates, such as "reichweite". Immutable and thread-safe.
 *
 * @param id the public id, not null
 * @param position zero-based position in the catalogue
 * @param topic the short topic, not null
 * @param hint one or two sentences explaining the need, not null
 */
public record Question(String id, int position, LocalizedText topic, LocalizedText hint) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(hint, "hint");
    }
}
