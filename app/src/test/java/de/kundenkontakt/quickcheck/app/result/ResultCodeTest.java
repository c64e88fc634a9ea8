package de.kundenkontakt.quickcheck.app.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kundenkontakt.quickcheck.app.result.InvalidResultCodeException.Reason;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResultCodeTest {

    private static final Catalogs CATALOGS = Catalogs.builtIn();

    static Stream<Arguments> answersOfEveryCatalog() {
        Random random = new Random(20221126L);
        return CATALOGS.all().stream().flatMap(catalog -> {
            Stream.Builder<Arguments> cases = Stream.builder();
            for (int level = 0; level < catalog.levels().size(); level++) {
                int fixed = level;
                cases.add(Arguments.of(catalog.id(), answers(catalog, i -> fixed)));
            }
            for (int n = 0; n < 50; n++) {
                int[] picks = random.ints(catalog.questions().size(), 0, catalog.levels().size()).toArray();
                cases.add(Arguments.of(catalog.id(), answers(catalog, i -> picks[i])));
            }
            return cases.build();
        });
    }

    private static Answers answers(Catalog catalog, java.util.function.IntUnaryOperator levelOfQuestion) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Question question : catalog.questions()) {
            ids.put(question.id(), catalog.levels().get(levelOfQuestion.applyAsInt(question.position())).id());
        }
        return Answers.complete(catalog, ids);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("answersOfEveryCatalog")
    void decodesWhatItEncodedForEveryCatalog(String catalogId, Answers answers) {
        String code = ResultCode.encode(answers);

        assertThat(code).hasSize(answers.catalog().questions().size()).matches("[0-3]+");
        assertThat(ResultCode.decode(CATALOGS, catalogId, code)).isEqualTo(answers);
    }

    @Test
    void writesOneDigitPerQuestionWithTheLevelIndexInCatalogOrder() {
        Catalog catalog = CATALOGS.find("2022").orElseThrow();
        Map<String, String> ids = new LinkedHashMap<>();
        List<String> levels = List.of("sehr-wichtig", "wichtig", "weniger-wichtig", "unwichtig");
        for (Question question : catalog.questions()) {
            ids.put(question.id(), levels.get(question.position() % 4));
        }
        Answers answers = Answers.complete(catalog, ids);

        assertThat(ResultCode.encode(answers)).isEqualTo("32103210321032");
        assertThat(ResultCode.resultLink(answers)).isEqualTo("/ergebnis?k=2022&a=32103210321032");
        assertThat(ResultCode.questionnaireLink(answers)).isEqualTo("/fragebogen?k=2022&a=32103210321032");
    }

    @Test
    void refusesToEncodeAnswersWithOpenQuestions() {
        Catalog catalog = CATALOGS.defaultCatalog();
        Answers draft = Answers.draft(catalog, Map.of(catalog.questions().get(0).id(), "wichtig"));

        assertThatThrownBy(() -> ResultCode.encode(draft)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMissingCatalog() {
        assertRejected(null, "00000000000000", Reason.MISSING_CATALOG, List.of());
        assertRejected(" ", "00000000000000", Reason.MISSING_CATALOG, List.of());
    }

    @Test
    void rejectsUnknownCatalogNamingTheKnownOnes() {
        assertRejected("1999", "00000000000000", Reason.UNKNOWN_CATALOG, List.of("1999", "2022, 2020"));
    }

    @Test
    void rejectsMissingAnswers() {
        assertRejected("2022", null, Reason.MISSING_ANSWERS, List.of());
        assertRejected("2022", "", Reason.MISSING_ANSWERS, List.of());
    }

    @Test
    void rejectsCodesOfTheWrongLength() {
        assertRejected("2022", "0123", Reason.WRONG_LENGTH, List.of(4, 14));
        assertRejected("2022", "012301230123012", Reason.WRONG_LENGTH, List.of(15, 14));
    }

    @Test
    void rejectsCharactersThatAreNoLevelDigitNamingThePosition() {
        assertRejected("2022", "0123012301234x", Reason.BAD_CHARACTER, List.of(13, "4", 3));
        assertRejected("2022", "x1230123012301", Reason.BAD_CHARACTER, List.of(1, "x", 3));
        assertRejected("2022", "0123-123012301", Reason.BAD_CHARACTER, List.of(5, "-", 3));
    }

    @Test
    void namesMessageKeysAfterTheReason() {
        assertThat(Reason.WRONG_LENGTH.messageKey()).isEqualTo("result.invalid.wrong-length");
        assertThat(Reason.BAD_CHARACTER.messageKey()).isEqualTo("result.invalid.bad-character");
    }

    private static void assertRejected(String catalogId, String code, Reason reason, List<Object> arguments) {
        assertThatThrownBy(() -> ResultCode.decode(CATALOGS, catalogId, code))
                .isInstanceOfSatisfying(InvalidResultCodeException.class, invalid -> {
                    assertThat(invalid.reason()).isEqualTo(reason);
                    assertThat(invalid.arguments()).isEqualTo(arguments);
                });
    }
}
