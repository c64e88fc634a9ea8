package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.app.catalog.TouchpointCosts;
import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.CostLevel;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The potential of a gap analysis put in order: quick wins first, then the larger projects;
 * within each group the better fit (higher rank) first. Every item has a high fit (recommended at
 * least "empfehlenswert"). A quick win is cheap to start (low entry cost); when the company rated
 * low running costs important (at least the second-highest answer level for the catalogue's
 * running-cost question), a touchpoint with high running cost is no quick win either, whatever
 * its entry cost: it would start cheaply and then cost what the company wants to avoid. The cost
 * levels are the reviewed cost data ({@link TouchpointCosts}), not the model's weights.
 * Immutable and thread-safe.
 *
 * @param quickWins never null
 * @param largerProjects never null
 * @param runningCostMatters whether the company rated low running costs important, so that the
 *     quick-win rule also excludes high running cost
 */
public record ActionPlan(List<ActionItem> quickWins, List<ActionItem> largerProjects, boolean runningCostMatters) {

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
     * Orders the potential of the {@linkplain GapAnalysis gap analysis} of an evaluation.
     *
     * @param evaluation not null
     * @param state not null
     * @param costs the cost of every touchpoint of the evaluation's catalogue, not null
     */
    public static ActionPlan of(Evaluation evaluation, CurrentState state, TouchpointCosts costs) {
        GapAnalysis gaps = GapAnalysis.of(evaluation, state);
        boolean runningCostMatters = runningCostMatters(evaluation);
        List<ActionItem> quickWins = new ArrayList<>();
        List<ActionItem> largerProjects = new ArrayList<>();
        // The potential is already best first, so each group keeps that order.
        for (TouchpointResult result : gaps.potential()) {
            TouchpointCosts.Cost cost = costs.of(result.touchpoint());
            boolean quick = cost.entry().level() == CostLevel.LOW
                    && !(runningCostMatters && cost.running().level() == CostLevel.HIGH);
            (quick ? quickWins : largerProjects).add(new ActionItem(result, cost, quick));
        }
        return new ActionPlan(quickWins, largerProjects, runningCostMatters);
    }

    /**
     * Whether the answers rate the catalogue's running-cost question at least at the second-highest
     * level ("wichtig" in the built-in catalogues); false when the catalogue names no such question.
     */
    static boolean runningCostMatters(Evaluation evaluation) {
        Catalog catalog = evaluation.catalog();
        List<AnswerLevel> levels = catalog.levels();
        int threshold = levels.stream().mapToInt(AnswerLevel::points).sorted().skip(Math.max(0, levels.size() - 2))
                .findFirst().orElse(Integer.MAX_VALUE);
        return catalog.runningCostQuestion()
                .flatMap(question -> evaluation.answers().level(question))
                .map(level -> level.points() >= threshold)
                .orElse(false);
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
