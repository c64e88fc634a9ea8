package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.app.guide.TouchpointCosts;
import de.kundenkontakt.quickcheck.engine.CostLevel;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The potential of a gap analysis put in order: quick wins first (high fit, that is recommended at
 * least "empfehlenswert", and low entry cost), then the larger projects;
 * within each group the better fit (higher rank) first. Immutable and thread-safe.
 *
 * @param quickWins never null
 * @param largerProjects never null
 */
public record ActionPlan(List<ActionItem> quickWins, List<ActionItem> largerProjects) {

    public ActionPlan {
        quickWins = List.copyOf(quickWins);
        largerProjects = List.copyOf(largerProjects);
    }

    /**
     * Orders the potential of the {@linkplain GapAnalysis gap analysis} of an evaluation, with the
     * shipped cost data ({@link TouchpointCosts#builtIn()}).
     *
     * @param evaluation not null
     * @param state not null
     */
    public static ActionPlan of(Evaluation evaluation, CurrentState state) {
        return of(evaluation, state, TouchpointCosts.builtIn());
    }

    /**
     * Orders the potential of the {@linkplain GapAnalysis gap analysis} of an evaluation; a quick
     * win is a step whose entry cost the cost data rates low.
     *
     * @param evaluation not null
     * @param state not null
     * @param costs the cost of every touchpoint of the evaluation's catalogue, not null
     */
    public static ActionPlan of(Evaluation evaluation, CurrentState state, TouchpointCosts costs) {
        GapAnalysis gaps = GapAnalysis.of(evaluation, state);
        List<ActionItem> quickWins = new ArrayList<>();
        List<ActionItem> largerProjects = new ArrayList<>();
        // The potential is already best first, so each group keeps that order.
        for (TouchpointResult result : gaps.potential()) {
            TouchpointCosts.Cost cost = costs.of(result.touchpoint());
            if (cost.entry().level() == CostLevel.LOW) {
                quickWins.add(new ActionItem(result, cost, true));
            } else {
                largerProjects.add(new ActionItem(result, cost, false));
            }
        }
        return new ActionPlan(quickWins, largerProjects);
    }

    /** Every item in plan order: quick wins, then larger projects; never null. */
    public List<ActionItem> items() {
        return Stream.concat(quickWins.stream(), largerProjects.stream()).toList();
    }

    /** Whether there is nothing to do. */
    public boolean isEmpty() {
        return quickWins.isEmpty() && largerProjects.isEmpty();
    }
}
