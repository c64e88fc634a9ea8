package de.kundenkontakt.quickcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why a touchpoint ranks where it does, derived from its contributions alone: the needs that
 * added the most points ("drivers"), and the needs that weigh heavily for the touchpoint but were
 * rated low ("holdbacks"). Immutable and thread-safe.
 *
 * @param result the explained result, not null
 * @param drivers up to {@link #MAX_NAMED} contributions that added the most points, largest first,
 *     equal ones in catalogue order; never null
 * @param holdbacks up to {@link #MAX_NAMED} contributions with weight of at least
 *     {@link #HEAVY_WEIGHT} whose answer gave at most half of the highest points, largest shortfall
 *     first; never null, empty when the result reached the second-highest recommendation or better
 */
public record Explanation(TouchpointResult result, List<Contribution> drivers, List<Contribution> holdbacks) {

    /** How many needs an explanation names at most on each side. */
    public static final int MAX_NAMED = 3;

    /** The weight from which a low answer counts as holding a touchpoint back. */
    public static final int HEAVY_WEIGHT = 2;

    public Explanation {
        Objects.requireNonNull(result, "result");
        drivers = List.copyOf(drivers);
        holdbacks = List.copyOf(holdbacks);
    }

    /**
     * Explains one result of an evaluation.
     *
     * @param result a result, not null
     * @param catalog the catalogue it was computed with, not null
     */
    public static Explanation of(TouchpointResult result, Catalog catalog) {
        List<Contribution> drivers =
                TouchpointResult.largestFirst(result.contributions(), false, MAX_NAMED);
        List<Recommendation> levels = catalog.recommendations();
        boolean wellRecommended = levels.size() > 1
                && result.percent().isAtLeast(levels.get(1).minimumPercent());
        List<Contribution> holdbacks = List.of();
        if (!wellRecommended) {
            List<Contribution> heavyAndLow = new ArrayList<>();
            for (Contribution contribution : result.contributions()) {
                if (contribution.weight() >= HEAVY_WEIGHT
                        && 2 * contribution.level().points() <= contribution.maximumPoints()) {
                    heavyAndLow.add(contribution);
                }
            }
            holdbacks = TouchpointResult.largestFirst(heavyAndLow, true, MAX_NAMED);
        }
        return new Explanation(result, drivers, holdbacks);
    }

    /** Explains every result of the evaluation, in ranking order; never null. */
    public static List<Explanation> of(Evaluation evaluation) {
        return evaluation.ranking().stream().map(r -> of(r, evaluation.catalog())).toList();
    }
}
