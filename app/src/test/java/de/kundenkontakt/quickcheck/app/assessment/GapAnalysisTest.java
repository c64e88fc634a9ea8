package de.kundenkontakt.quickcheck.app.assessment;

import static de.kundenkontakt.quickcheck.engine.JourneyPhase.ACTION;
import static de.kundenkontakt.quickcheck.engine.JourneyPhase.ADVOCACY;
import static de.kundenkontakt.quickcheck.engine.JourneyPhase.ATTENTION;
import static de.kundenkontakt.quickcheck.engine.JourneyPhase.DESIRE;
import static de.kundenkontakt.quickcheck.engine.JourneyPhase.INTEREST;
import static de.kundenkontakt.quickcheck.engine.JourneyPhase.LOYALTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import de.kundenkontakt.quickcheck.engine.JourneyPhase;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GapAnalysisTest {

    static Stream<Arguments> states() {
        return Stream.of(
                arguments("nothing marked: everything recommended is potential, every phase open",
                        Map.of(),
                        List.of("a", "b", "c", "d"), List.of(), List.of(),
                        List.of(ATTENTION, INTEREST, DESIRE, ACTION, LOYALTY, ADVOCACY)),
                arguments("used, planned and not used touchpoints each land in their list",
                        Map.of("a", "in-use", "b", "planned", "c", "not-used", "f", "in-use"),
                        List.of("c", "d"), List.of("b"), List.of("f"),
                        List.of(INTEREST, DESIRE, ACTION, LOYALTY, ADVOCACY)),
                arguments("planned but weak touchpoints are no potential; worth a closer look is no review",
                        Map.of("g", "planned", "e", "in-use"),
                        List.of("a", "b", "c", "d"), List.of(), List.of(),
                        List.of(ATTENTION, INTEREST, DESIRE, ACTION, LOYALTY)),
                arguments("everything in use: no potential, the weakest to review, no journey gap",
                        Map.of("a", "in-use", "b", "in-use", "c", "in-use", "d", "in-use", "e", "in-use",
                                "f", "in-use", "g", "in-use"),
                        List.of(), List.of(), List.of("f", "g"), List.of()),
                arguments("touchpoints marked not used count like unmarked ones",
                        Map.of("a", "not-used", "b", "not-used", "c", "not-used", "d", "not-used"),
                        List.of("a", "b", "c", "d"), List.of(), List.of(),
                        List.of(ATTENTION, INTEREST, DESIRE, ACTION, LOYALTY, ADVOCACY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void sortsTouchpointsByRecommendationAndUsage(
            String description,
            Map<String, String> state,
            List<String> potential,
            List<String> planned,
            List<String> review,
            List<JourneyPhase> uncovered) {
        GapAnalysis gaps = GapAnalysis.of(SmallCatalog.standardEvaluation(), CurrentState.parse(state));

        assertThat(ids(gaps.potential())).as("potential").isEqualTo(potential);
        assertThat(ids(gaps.planned())).as("planned").isEqualTo(planned);
        assertThat(ids(gaps.review())).as("review").isEqualTo(review);
        assertThat(gaps.uncoveredPhases()).as("uncovered phases").isEqualTo(uncovered);
    }

    @Test
    void listsTouchpointsInUseBestFirst() {
        GapAnalysis gaps = GapAnalysis.of(
                SmallCatalog.standardEvaluation(), CurrentState.parse(Map.of("g", "in-use", "c", "in-use")));

        assertThat(ids(gaps.inUse())).containsExactly("c", "g");
    }

    @Test
    void ignoresStateOfTouchpointsTheCatalogueLacks() {
        GapAnalysis gaps = GapAnalysis.of(
                SmallCatalog.standardEvaluation(), CurrentState.parse(Map.of("website", "in-use")));

        assertThat(gaps.inUse()).isEmpty();
        assertThat(gaps.uncoveredPhases()).hasSize(JourneyPhase.values().length);
    }

    private static List<String> ids(List<TouchpointResult> results) {
        return results.stream().map(r -> r.touchpoint().id()).toList();
    }
}
