package de.kundenkontakt.quickcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExplanationTest {

    private final Catalog catalog = Catalogs.builtIn().defaultCatalog();

    /** Every question of the catalogue answered "sehr-wichtig", in catalogue order; modifiable. */
    private Map<String, String> allVeryImportant() {
        Map<String, String> answers = new LinkedHashMap<>();
        catalog.questions().forEach(q -> answers.put(q.id(), "sehr-wichtig"));
        return answers;
    }

    static Stream<GoldenCases.Case> cases() {
        return GoldenCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesTheTopContributorsOfEveryGoldenResult(GoldenCases.Case golden) {
        Catalog catalog = Catalogs.builtIn().find(golden.catalog()).orElseThrow();
        Evaluation evaluation = catalog.evaluate(Answers.complete(catalog, golden.answers()));

        for (Explanation explanation : Explanation.of(evaluation)) {
            List<Contribution> all = explanation.result().contributions();
            int strongest = all.stream().mapToInt(Contribution::value).max().orElse(0);
            if (strongest == 0) {
                assertThat(explanation.drivers()).isEmpty();
                continue;
            }
            assertThat(explanation.drivers()).isNotEmpty().hasSizeLessThanOrEqualTo(Explanation.MAX_NAMED);
            assertThat(explanation.drivers().get(0).value()).isEqualTo(strongest);
            assertThat(explanation.drivers()).isSortedAccordingTo(
                    Comparator.comparingInt(Contribution::value).reversed());
            int weakestNamed = explanation.drivers().get(explanation.drivers().size() - 1).value();
            long strongerUnnamed = all.stream()
                    .filter(c -> !explanation.drivers().contains(c))
                    .filter(c -> c.value() > weakestNamed)
                    .count();
            assertThat(strongerUnnamed).isZero();
        }
    }

    @Test
    void namesLowRatedHeavyNeedsAsHoldbacksForWeakResults() {
        Map<String, String> answers = allVeryImportant();
        // Virtual reality leans on visualisation and customer relationship (weight 3 each).
        answers.put("kundenbeziehung", "weniger-wichtig");
        List.of("visualisierung", "synchrone-kommunikation", "kundenakquise", "einstiegskosten", "laufende-kosten",
                        "kundeninformationen", "glaubwuerdigkeit")
                .forEach(question -> answers.put(question, "unwichtig"));
        Evaluation evaluation = catalog.evaluate(Answers.complete(catalog, answers));
        TouchpointResult vr = evaluation.result("virtual-reality").orElseThrow();

        Explanation explanation = Explanation.of(vr, catalog);

        assertThat(vr.recommendation().id()).isIn("bedingt-empfehlenswert", "eher-uninteressant");
        assertThat(explanation.holdbacks()).isNotEmpty();
        assertThat(explanation.holdbacks()).allSatisfy(c -> {
            assertThat(c.weight()).isGreaterThanOrEqualTo(Explanation.HEAVY_WEIGHT);
            assertThat(c.level().points()).isLessThanOrEqualTo(3);
        });
        assertThat(explanation.holdbacks().get(0).question().id()).isEqualTo("visualisierung");
    }

    @Test
    void wellRecommendedResultsHaveNoHoldbacks() {
        Map<String, String> answers = allVeryImportant();
        answers.put("reichweite", "unwichtig");
        Evaluation evaluation = catalog.evaluate(Answers.complete(catalog, answers));

        for (Explanation explanation : Explanation.of(evaluation)) {
            if (explanation.result().percent().isAtLeast(65)) {
                assertThat(explanation.holdbacks()).isEmpty();
            }
        }
    }
}
