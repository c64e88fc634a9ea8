package de.kundenkontakt.quickcheck.app.result.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import de.kundenkontakt.quickcheck.app.api.json.InvalidRequestException;
import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
import de.kundenkontakt.quickcheck.app.shared.Violations;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Binding with Jackson and checking with Bean Validation, without Spring, as the CLI does. */
class EvaluationRequestReaderTest {

    private static final Catalogs CATALOGS = Catalogs.builtIn();
    private static final EvaluationRequestReader READER =
            new EvaluationRequestReader(CATALOGS, Violations.plainValidator());

    private static List<String> problems(String json) {
        InvalidRequestException e = catchThrowableOfType(
                InvalidRequestException.class, () -> READER.read(json, CATALOGS.defaultCatalog()));
        return e.problems().stream().map(p -> p.field() + " " + p.code() + " " + p.args()).toList();
    }

    @Test
    void readsAGoldenRequestIntoCompleteAnswersOfItsCatalogue() {
        GoldenCases.Case golden = GoldenCases.all().get(0);

        Answers answers = READER.read(golden.request(), CATALOGS.find("2020").orElseThrow());

        assertThat(answers.isComplete()).isTrue();
        assertThat(answers.catalog().id()).isEqualTo("2022");
    }

    @Test
    void takesTheReadersDefaultCatalogueWhenTheRequestNamesNone() {
        Catalog older = CATALOGS.find("2020").orElseThrow();
        String everyQuestion = older.questions().stream()
                .map(q -> "\"" + q.id() + "\": \"wichtig\"")
                .collect(Collectors.joining(", ", "{\"answers\": {", "}}"));

        assertThat(READER.read(everyQuestion, older).catalog()).isSameAs(older);
        assertThat(READER.read(everyQuestion.replace("{\"answers\"", "{\"catalog\": null, \"answers\""), older)
                        .catalog())
                .isSameAs(older);
    }

    @Test
    void reportsWrongTypesFirstThenNullLevelsThenOpenQuestionsOnceEach() {
        List<String> problems = problems("{\"answers\": {\"reichweite\": 3, \"kundenakquise\": null, \"blog\": null}}");

        assertThat(problems).startsWith(
                "answers.reichweite level.not-string [unwichtig, weniger-wichtig, wichtig, sehr-wichtig]",
                "answers.kundenakquise level.not-string [unwichtig, weniger-wichtig, wichtig, sehr-wichtig]",
                "answers.blog question.unknown [blog, 2022]",
                "answers.synchrone-kommunikation answer.missing [unwichtig, weniger-wichtig, wichtig, sehr-wichtig]");
        assertThat(problems).filteredOn(p -> p.startsWith("answers.reichweite ")).hasSize(1);
        assertThat(problems).filteredOn(p -> p.startsWith("answers.kundenakquise ")).hasSize(1);
        assertThat(problems).hasSize(2 + 1 + 12);
    }

    @Test
    void checksNothingAgainstACatalogueThatCouldNotBeRead() {
        assertThat(problems("{\"catalog\": 2022, \"answers\": {}}"))
                .containsExactly("catalog catalog.not-string [2022, 2020]");
        assertThat(problems("{\"catalog\": \"1999\", \"answers\": {\"reichweite\": null}}"))
                .containsExactly("catalog catalog.unknown [1999, 2022, 2020]", "answers.reichweite level.not-string []");
    }

    @Test
    void namesUnknownFieldsBeforeValuesAndMissingAnswersAtTheirField() {
        assertThat(problems("{\"catalog\": true, \"extra\": 1}"))
                .containsExactly("extra field.unknown []", "catalog catalog.not-string [2022, 2020]", "answers answers.missing []");
    }

    @Test
    void anEmptyStringWhereAnObjectBelongsIsAValueOfTheWrongType() {
        assertThat(problems("{\"answers\": \"\"}")).containsExactly("answers answers.not-object []");
        assertThat(problems("{\"answers\": {\"reichweite\": \"wichtig\"}, \"catalog\": \"\"}"))
                .containsExactly("catalog catalog.unknown [, 2022, 2020]");
    }

    @Test
    void refusesWhatIsNotAnObjectAsTheBody() {
        for (String body : List.of("[]", "\"text\"", "3", "null")) {
            assertThat(problems(body)).as(body).containsExactly("body body.not-object []");
        }
    }

    @Test
    void malformedAndEmptyBodiesAreMalformed() {
        InvalidRequestException malformed = catchThrowableOfType(
                InvalidRequestException.class, () -> READER.read("{\"answers\": {}, \"answers\": {}}", null));
        InvalidRequestException empty =
                catchThrowableOfType(InvalidRequestException.class, () -> READER.read("  ", null));

        assertThat(malformed.kind()).isEqualTo(InvalidRequestException.Kind.MALFORMED);
        assertThat(malformed.problems()).containsExactly(FieldProblem.of("body", "body.malformed", "1", "26"));
        assertThat(empty.problems()).containsExactly(FieldProblem.of("body", "body.empty"));
    }
}
