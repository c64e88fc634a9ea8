package de.kundenkontakt.quickcheck.engine;

import java.util.Arrays;
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
        // the engine's own lists are already unmodifiable; anything else is copied
        contributions = contributions instanceof ContributionList ? contributions : List.copyOf(contributions);
    }

    /**
     * The contributions that added points, largest first; equal ones in catalogue order. Never
     * null.
     */
    public List<Contribution> strongestContributions() {
        return largestFirst(contributions, false, Integer.MAX_VALUE);
    }

    /**
     * The contributions that fell short of their maximum, largest shortfall first; equal ones in
     * catalogue order. Never null.
     */
    public List<Contribution> largestShortfalls() {
        return largestFirst(contributions, true, Integer.MAX_VALUE);
    }

    /**
     * Up to {@code limit} of the contributions whose value (or shortfall) is above 0, largest
     * first, equal ones in their given order (a stable insertion sort: 14 items need no more).
     * Unmodifiable, never null.
     */
    static List<Contribution> largestFirst(List<Contribution> candidates, boolean shortfall, int limit) {
        Contribution[] kept = new Contribution[candidates.size()];
        int[] keys = new int[kept.length];
        int count = 0;
        for (int i = 0; i < kept.length; i++) {
            Contribution contribution = candidates.get(i);
            int key = shortfall ? contribution.shortfall() : contribution.value();
            if (key <= 0) {
                continue;
            }
            int j = count++;
            while (j > 0 && keys[j - 1] < key) {
                kept[j] = kept[j - 1];
                keys[j] = keys[j - 1];
                j--;
            }
            kept[j] = contribution;
            keys[j] = key;
        }
        return List.of(Arrays.copyOf(kept, Math.min(count, limit)));
    }
}
