package de.kundenkontakt.quickcheck.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One touchpoint's place in a ranking, with the contributions that explain it. Immutable and
 * thread-safe.
 *
 * @param rank the 1-based rank
 * @param touchpoint the touchpoint, not null
 * @param percent the exact percentage, not null
 * @param recommendation the recommendation level reached, not null
 * @param contributions one entry per question in catalogue order, never null, unmodifiable
 */
public record TouchpointResult(
        int rank,
        Touchpoint touchpoint,
        Percent percent,
        Recommendation recommendation,
        List<Contribution> contributions) {

    public TouchpointResult {
        Objects.requireNonNull(touchpoint, "touchpoint");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(recommendation, "recommendation");
        contributions = List.copyOf(contributions);
    }

    /**
     * The contributions that added points, largest first; equal ones in catalogue order. Never
     * null.
     */
    public List<Contribution> strongestContributions() {
        return contributions.stream()
                .filter(c -> c.value() > 0)
                .sorted(Comparator.comparingInt(Contribution::value).reversed())
                .toList();
    }

    /**
     * The contributions that fell short of their maximum, largest shortfall first; equal ones in
     * catalogue order. Never null.
     */
    public List<Contribution> largestShortfalls() {
        return contributions.stream()
                .filter(c -> c.shortfall() > 0)
                .sorted(Comparator.comparingInt(Contribution::shortfall).reversed())
                .toList();
    }
}
