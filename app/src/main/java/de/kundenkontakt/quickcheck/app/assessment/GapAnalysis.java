package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.JourneyPhase;
import de.kundenkontakt.quickcheck.engine.Recommendation;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a company stands: its evaluation held against its current state. Immutable and
 * thread-safe.
 *
 * @param potential recommended at least {@value #RECOMMENDED_FROM} but not used (marked not used
 *     or not marked at all), best first; never null
 * @param planned recommended at least {@value #RECOMMENDED_FROM} and marked planned, best first;
 *     never null
 * @param review in use but only reaching the lowest recommendation ("eher uninteressant"), best
 *     first: worth checking whether they pay off; never null
 * @param inUse every touchpoint in use, best first; never null
 * @param uncoveredPhases the customer-journey phases that no touchpoint in use covers, in journey
 *     order; never null
 */
public record GapAnalysis(
        List<TouchpointResult> potential,
        List<TouchpointResult> planned,
        List<TouchpointResult> review,
        List<TouchpointResult> inUse,
        List<JourneyPhase> uncoveredPhases) {

    /** The recommendation a touchpoint must reach at least to count as potential. */
    public static final String RECOMMENDED_FROM = "empfehlenswert";

    public GapAnalysis {
        potential = List.copyOf(potential);
        planned = List.copyOf(planned);
        review = List.copyOf(review);
        inUse = List.copyOf(inUse);
        uncoveredPhases = List.copyOf(uncoveredPhases);
    }

    /**
     * Holds an evaluation against the current state; touchpoints of the state that the catalogue
     * does not have are ignored.
     *
     * @param evaluation not null
     * @param state not null
     */
    public static GapAnalysis of(Evaluation evaluation, CurrentState state) {
        Objects.requireNonNull(state, "state");
        Catalog catalog = evaluation.catalog();
        int recommendedFrom = recommendedFrom(catalog);
        List<Recommendation> levels = catalog.recommendations();
        Recommendation lowest = levels.get(levels.size() - 1);
        List<TouchpointResult> potential = new ArrayList<>();
        List<TouchpointResult> planned = new ArrayList<>();
        List<TouchpointResult> review = new ArrayList<>();
        List<TouchpointResult> inUse = new ArrayList<>();
        Set<JourneyPhase> covered = EnumSet.noneOf(JourneyPhase.class);
        for (TouchpointResult result : evaluation.ranking()) {
            Usage usage = state.usage(result.touchpoint().id()).orElse(Usage.NOT_USED);
            boolean recommended = result.percent().isAtLeast(recommendedFrom);
            switch (usage) {
                case IN_USE -> {
                    inUse.add(result);
                    covered.addAll(result.touchpoint().phases());
                    if (result.recommendation().equals(lowest)) {
                        review.add(result);
                    }
                }
                case PLANNED -> {
                    if (recommended) {
                        planned.add(result);
                    }
                }
                case NOT_USED -> {
                    if (recommended) {
                        potential.add(result);
                    }
                }
            }
        }
        List<JourneyPhase> uncovered = Arrays.stream(JourneyPhase.values())
                .filter(phase -> !covered.contains(phase))
                .toList();
        return new GapAnalysis(potential, planned, review, inUse, uncovered);
    }

    /** The lowest percentage that {@link #RECOMMENDED_FROM} stands for in the catalogue. */
    private static int recommendedFrom(Catalog catalog) {
        return catalog.recommendation(RECOMMENDED_FROM)
                .orElseThrow(() -> new IllegalStateException(
                        "catalogue " + catalog.id() + " has no recommendation \"" + RECOMMENDED_FROM + "\""))
                .minimumPercent();
    }
}
