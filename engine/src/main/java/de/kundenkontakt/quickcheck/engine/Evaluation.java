package de.kundenkontakt.quickcheck.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of scoring complete answers against their catalogue: every touchpoint ranked.
 * Immutable and thread-safe.
 *
 * @param answers the complete answers that were scored, not null
 * @param ranking every touchpoint of the catalogue, best first, never null, unmodifiable
 */
public record Evaluation(Answers answers, List<TouchpointResult> ranking) {

    public Evaluation {
        Objects.requireNonNull(answers, "answers");
        ranking = List.copyOf(ranking);
    }

    /** The catalogue that was used, never null. */
    public Catalog catalog() {
        return answers.catalog();
    }

    /** The result of the touchpoint with this id, if the catalogue has it. */
    public Optional<TouchpointResult> result(String touchpointId) {
        return ranking.stream().filter(r -> r.touchpoint().id().equals(touchpointId)).findFirst();
    }

    /** The results that reached the recommendation with this id, best first; never null. */
    public List<TouchpointResult> withRecommendation(String recommendationId) {
        return ranking.stream().filter(r -> r.recommendation().id().equals(recommendationId)).toList();
    }
}
