package de.kundenkontakt.quickcheck.app.assessment;

import static de.kundenkontakt.quickcheck.engine.CostLevel.HIGH;
import static de.kundenkontakt.quickcheck.engine.CostLevel.LOW;
import static de.kundenkontakt.quickcheck.engine.CostLevel.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.app.catalog.TouchpointCosts;
import de.kundenkontakt.quickcheck.engine.CostLevel;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActionPlanTest {

    static Stream<Arguments> states() {
        return Stream.of(
                arguments("nothing used: low entry cost first, each group best first",
                        Map.of(), List.of("a"), List.of("b", "c", "d")),
                arguments("a used: no quick win left, d runs too expensive for this company",
                        Map.of("a", "in-use"), List.of(), List.of("b", "c", "d")),
                arguments("planned touchpoints are no longer in the plan",
                        Map.of("b", "planned", "d", "planned"), List.of("a"), List.of("c")),
                arguments("all potential used: nothing to do",
                        Map.of("a", "in-use", "b", "in-use", "c", "in-use", "d", "in-use"), List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void putsQuickWinsBeforeLargerProjects(
            String description, Map<String, String> state, List<String> quickWins, List<String> largerProjects) {
        ActionPlan plan = plan(state);

        assertThat(plan.quickWins()).extracting(ActionItem::touchpointId).isEqualTo(quickWins);
        assertThat(plan.largerProjects()).extracting(ActionItem::touchpointId).isEqualTo(largerProjects);
        assertThat(plan.items()).extracting(ActionItem::touchpointId)
                .isEqualTo(Stream.concat(quickWins.stream(), largerProjects.stream()).toList());
        assertThat(plan.isEmpty()).isEqualTo(quickWins.isEmpty() && largerProjects.isEmpty());
    }

    static Stream<Arguments> items() {
        return Stream.of(
                arguments("a", "100.0", "sehr-empfehlenswert", LOW, LOW, true),
                arguments("d", "75.0", "empfehlenswert", LOW, HIGH, false),
                arguments("b", "100.0", "sehr-empfehlenswert", HIGH, HIGH, false),
                arguments("c", "77.8", "empfehlenswert", MEDIUM, MEDIUM, false));
    }

    @ParameterizedTest(name = "{0}: {1} % {2}, entry {3}, running {4}")
    @MethodSource("items")
    void givesEachItemItsFitEffortAndFirstStep(
            String id, String percent, String recommendation, CostLevel entry, CostLevel running, boolean quickWin) {
        ActionItem item = plan(Map.of()).items().stream()
                .filter(i -> i.touchpointId().equals(id))
                .findFirst()
                .orElseThrow();

        assertThat(item.result().percent().display()).isEqualTo(percent);
        assertThat(item.result().recommendation().id()).isEqualTo(recommendation);
        assertThat(item.cost().entry().level()).isEqualTo(entry);
        assertThat(item.cost().running().level()).isEqualTo(running);
        assertThat(item.quickWin()).isEqualTo(quickWin);
        assertThat(item.firstStepKey()).isEqualTo("assessment.firstStep." + id);
    }

    static Stream<Arguments> runningCostAnswers() {
        return Stream.of(
                arguments("weniger-wichtig", false, List.of("a", "d")),
                arguments("wichtig", true, List.of("a")),
                arguments("sehr-wichtig", true, List.of("a")));
    }

    @ParameterizedTest(name = "low running cost rated {0}: quick wins {2}")
    @MethodSource("runningCostAnswers")
    void keepsHighRunningCostOutOfTheQuickWinsWhenTheCompanyRatedLowRunningCostImportant(
            String runningCostAnswer, boolean matters, List<String> quickWins) {
        // d starts cheaply (entry weight 3) but runs expensively (running weight 1).
        Map<String, String> answers = new java.util.HashMap<>(SmallCatalog.STANDARD);
        answers.put("laufende-kosten", runningCostAnswer);
        Catalog catalog = SmallCatalog.catalog();
        ActionPlan plan = ActionPlan.of(
                catalog.evaluate(Answers.complete(catalog, answers)), CurrentState.EMPTY, TouchpointCosts.of(COSTS));

        assertThat(plan.runningCostMatters()).isEqualTo(matters);
        assertThat(plan.quickWins()).extracting(ActionItem::touchpointId).isEqualTo(quickWins);
        assertThat(plan.items()).extracting(ActionItem::touchpointId).contains("d");
        assertThat(plan.items()).filteredOn(ActionItem::quickWin).extracting(ActionItem::touchpointId).isEqualTo(quickWins);
    }

    @Test
    void withoutANamedRunningCostQuestionOnlyTheEntryCostDecides() {
        Catalog plain = SmallCatalog.plainCatalog();
        Evaluation evaluation = plain.evaluate(Answers.complete(plain, SmallCatalog.STANDARD));
        assertThat(ActionPlan.runningCostMatters(evaluation)).isFalse();
    }

    @Test
    void leavesOutWeakTouchpointsEvenWhenCheap() {
        // f has a low need score; even unused it is no potential and so not in the plan.
        assertThat(plan(Map.of()).items()).extracting(ActionItem::touchpointId).doesNotContain("e", "f", "g");
    }

    @Test
    void quickWinsFollowTheReviewedCostDataNotTheCostWeights() {
        // The weights say: a starts cheaply (entry weight 3), c does not (entry weight 2). The data
        // says the opposite here, and the data decides.
        Map<String, TouchpointCosts.Cost> costs = new java.util.HashMap<>(COSTS);
        costs.put("a", cost(HIGH, LOW));
        costs.put("c", cost(LOW, LOW));
        ActionPlan plan = ActionPlan.of(
                SmallCatalog.standardEvaluation(), CurrentState.parse(Map.of()), TouchpointCosts.of(costs));

        assertThat(plan.quickWins()).extracting(ActionItem::touchpointId).containsExactly("c");
        assertThat(plan.largerProjects()).extracting(ActionItem::touchpointId).containsExactly("a", "b", "d");
    }

    /** The costs of the small catalogue's touchpoints, as cost data would state them. */
    static final Map<String, TouchpointCosts.Cost> COSTS = Map.of(
            "a", cost(LOW, LOW), "b", cost(HIGH, HIGH), "c", cost(MEDIUM, MEDIUM), "d", cost(LOW, HIGH),
            "e", cost(LOW, LOW), "f", cost(LOW, LOW), "g", cost(LOW, LOW));

    private static TouchpointCosts.Cost cost(CostLevel entry, CostLevel running) {
        return new TouchpointCosts.Cost(
                new TouchpointCosts.Estimate(entry, "Grund", "reason"), new TouchpointCosts.Estimate(running, "Grund", "reason"));
    }

    private static ActionPlan plan(Map<String, String> state) {
        return ActionPlan.of(SmallCatalog.standardEvaluation(), CurrentState.parse(state), TouchpointCosts.of(COSTS));
    }
}
