package de.kundenkontakt.quickcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluationTest {

    private final Catalog catalog = Catalogs.builtIn().defaultCatalog();

    private Map<String, String> all(String level) {
        Map<String, String> answers = new LinkedHashMap<>();
        catalog.questions().forEach(q -> answers.put(q.id(), level));
        return answers;
    }

    /** The evaluation of every question answered with {@code level} but one, answered with {@code itsLevel}. */
    private Evaluation evaluateAllBut(String level, String question, String itsLevel) {
        Map<String, String> answers = all(level);
        answers.put(question, itsLevel);
        return catalog.evaluate(Answers.complete(catalog, answers));
    }

    @Test
    void defaultCatalogueIs2022With14QuestionsAnd23Touchpoints() {
        assertThat(catalog.id()).isEqualTo("2022");
        assertThat(catalog.questions()).hasSize(14);
        assertThat(catalog.touchpoints()).hasSize(23);
        assertThat(Catalogs.builtIn().find("2020").orElseThrow().touchpoints()).hasSize(18);
    }

    @Test
    void scoresEveryQuestionIncludingTheFourteenth() {
        Evaluation evaluation = evaluateAllBut("unwichtig", "laufende-kosten", "sehr-wichtig");

        // website has weight 1 for laufende-kosten (row 14); its maximum is 6 × Σ weights.
        Touchpoint website = catalog.touchpoint("website").orElseThrow();
        int weightSum = catalog.questions().stream().mapToInt(q -> catalog.weight(q, website)).sum();
        int laufende = catalog.weight(catalog.question("laufende-kosten").orElseThrow(), website);
        assertThat(evaluation.result("website").orElseThrow().percent())
                .isEqualTo(new Percent(6L * laufende, 6L * weightSum));
        assertThat(laufende).isPositive();
    }

    @Test
    void ranksEqualScoresInCatalogOrder() {
        Evaluation evaluation = catalog.evaluate(Answers.complete(catalog, all("wichtig")));

        assertThat(evaluation.ranking()).extracting(r -> r.touchpoint().id())
                .containsExactlyElementsOf(catalog.touchpoints().stream().map(Touchpoint::id).toList());
        assertThat(evaluation.ranking()).extracting(TouchpointResult::rank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 23).boxed().toList());
    }

    static Stream<Arguments> thresholds() {
        return Stream.of(
                Arguments.of(80, 100, "sehr-empfehlenswert"),
                Arguments.of(7999, 10000, "empfehlenswert"),
                Arguments.of(65, 100, "empfehlenswert"),
                Arguments.of(6499, 10000, "bedingt-empfehlenswert"),
                Arguments.of(1, 2, "bedingt-empfehlenswert"),
                Arguments.of(4999, 10000, "eher-uninteressant"),
                Arguments.of(0, 1, "eher-uninteressant"),
                Arguments.of(1, 1, "sehr-empfehlenswert"));
    }

    @ParameterizedTest
    @MethodSource("thresholds")
    void appliesThresholdsToTheExactValue(long score, long maximum, String expected) {
        assertThat(catalog.recommendationFor(new Percent(score, maximum)).id()).isEqualTo(expected);
    }

    static Stream<Arguments> rounding() {
        return Stream.of(
                Arguments.of(1, 3, "33.3"),
                Arguments.of(2, 3, "66.7"),
                Arguments.of(1543, 2000, "77.2"), // 77.15 rounds half up
                Arguments.of(1, 8, "12.5"),
                Arguments.of(1, 16, "6.3"), // 6.25
                Arguments.of(0, 7, "0.0"),
                Arguments.of(7, 7, "100.0"));
    }

    @ParameterizedTest
    @MethodSource("rounding")
    void showsOneDecimalRoundedHalfUp(long score, long maximum, String shown) {
        assertThat(new Percent(score, maximum).display()).isEqualTo(shown);
    }

    @Test
    void refusesIncompleteAnswersNamingEachOpenQuestion() {
        Map<String, String> answers = all("wichtig");
        answers.remove("reichweite");
        answers.remove("laufende-kosten");

        assertThatThrownBy(() -> Answers.complete(catalog, answers))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                new AnswerProblem(AnswerProblem.Kind.MISSING, "reichweite", null),
                                new AnswerProblem(AnswerProblem.Kind.MISSING, "laufende-kosten", null)));
    }

    @Test
    void rejectsAnswerForUnknownQuestionAndUnknownLevel() {
        Map<String, String> answers = all("wichtig");
        answers.put("reichweite", "sehr");
        answers.put("telefon", "wichtig");

        assertThatThrownBy(() -> Answers.complete(catalog, answers))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                new AnswerProblem(AnswerProblem.Kind.UNKNOWN_LEVEL, "reichweite", "sehr"),
                                new AnswerProblem(AnswerProblem.Kind.UNKNOWN_QUESTION, "telefon", null)));
    }

    @Test
    void draftKeepsOpenQuestionsButCannotBeEvaluated() {
        Map<String, String> answers = Map.of("reichweite", "wichtig");

        Answers draft = Answers.draft(catalog, answers);

        assertThat(draft.answeredCount()).isEqualTo(1);
        assertThat(draft.isComplete()).isFalse();
        assertThat(draft.openQuestions()).hasSize(13);
        assertThatThrownBy(() -> catalog.evaluate(draft)).isInstanceOf(InvalidAnswersException.class);
    }

    @Test
    void contributionsExplainTheScore() {
        Evaluation evaluation = evaluateAllBut("weniger-wichtig", "verfuegbarkeit-24-7", "sehr-wichtig");

        TouchpointResult blog = evaluation.result("blog").orElseThrow();

        long sum = blog.contributions().stream().mapToLong(Contribution::value).sum();
        long max = blog.contributions().stream().mapToLong(Contribution::maximum).sum();
        assertThat(new Percent(sum, max)).isEqualTo(blog.percent());
        assertThat(blog.strongestContributions().get(0).question().id()).isEqualTo("verfuegbarkeit-24-7");
    }
}
