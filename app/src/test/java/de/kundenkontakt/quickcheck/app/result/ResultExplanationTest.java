package de.kundenkontakt.quickcheck.app.result;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import de.kundenkontakt.quickcheck.engine.Contribution;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.Explanation;
import de.kundenkontakt.quickcheck.engine.JourneyPhase;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The result explains each touchpoint with the engine's top contributors, and maps the journey. */
class ResultExplanationTest {

    static Stream<GoldenCases.Case> cases() {
        return GoldenCases.all().stream();
    }

    private static Set<String> topicsNamedIn(String sentence, List<Question> questions, Locale locale) {
        return questions.stream()
                .map(q -> q.topic().in(locale))
                .filter(sentence::contains)
                .collect(Collectors.toSet());
    }

    private static Set<String> topics(List<Contribution> contributions, Locale locale) {
        return contributions.stream().map(c -> c.question().topic().in(locale)).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRowNamesExactlyTheTopContributorsAndHoldbacks(GoldenCases.Case golden) {
        Evaluation evaluation = golden.evaluate();
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            ResultView view = ResultView.of(evaluation, locale);
            for (int i = 0; i < view.ranking().size(); i++) {
                ResultView.Row row = view.ranking().get(i);
                TouchpointResult result = evaluation.ranking().get(i);
                Explanation explanation = Explanation.of(result, evaluation.catalog());
                List<Question> questions = evaluation.catalog().questions();

                assertThat(row.touchpointId()).isEqualTo(result.touchpoint().id());
                assertThat(topicsNamedIn(row.why(), questions, locale))
                        .as(row.touchpointId() + ": " + row.why())
                        .isEqualTo(topics(explanation.drivers(), locale));
                if (explanation.holdbacks().isEmpty()) {
                    assertThat(row.heldBack()).isNull();
                } else {
                    assertThat(topicsNamedIn(row.heldBack(), questions, locale))
                            .as(row.touchpointId() + ": " + row.heldBack())
                            .isEqualTo(topics(explanation.holdbacks(), locale));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void journeyMapShowsRecommendedTouchpointsOfEachPhaseBestFirstAndMarksGaps(GoldenCases.Case golden) {
        Evaluation evaluation = golden.evaluate();
        ResultView view = ResultView.of(evaluation, Locale.GERMAN);

        assertThat(view.journey()).extracting(ResultView.Stage::phaseId)
                .containsExactly("attention", "interest", "desire", "action", "loyalty", "advocacy");
        for (ResultView.Stage stage : view.journey()) {
            JourneyPhase phase = JourneyPhase.byId(stage.phaseId()).orElseThrow();
            List<String> expected = evaluation.ranking().stream()
                    .filter(r -> r.touchpoint().fits(phase))
                    .filter(r -> r.percent().isAtLeast(65))
                    .limit(ResultView.Stage.MAX_PER_STAGE)
                    .map(r -> r.touchpoint().id())
                    .toList();
            assertThat(stage.touchpoints()).extracting(ResultView.Row::touchpointId).isEqualTo(expected);
            assertThat(stage.gap()).isEqualTo(expected.isEmpty());
            if (stage.gap()) {
                String best = evaluation.ranking().stream()
                        .filter(r -> r.touchpoint().fits(phase))
                        .map(r -> r.touchpoint().id())
                        .findFirst()
                        .orElse(null);
                assertThat(stage.candidate() == null ? null : stage.candidate().touchpointId()).isEqualTo(best);
            }
        }
    }
}
