package de.kundenkontakt.quickcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluateCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String COMPLETE = GoldenCases.all().get(0).request();

    record Run(int status, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Runs the tool in an environment without language variables, so German unless --lang says otherwise. */
    static Run run(String input, String... args) {
        return run(Map.of(), input, args);
    }

    static Run run(Map<String, String> environment, String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CommandLine.run(
                args,
                environment::get,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void evaluatesEveryGoldenCaseExactlyAsThePublishedScripts() {
        List<GoldenCases.Case> cases = GoldenCases.all();
        String input = cases.stream().map(GoldenCases.Case::request).collect(Collectors.joining("\n", "", "\n"));

        Run run = run(input, "evaluate");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            JsonNode response = JSON.readTree(run.outLines().get(i));
            assertThat(GoldenCases.ranking(response)).as(cases.get(i).toString()).isEqualTo(cases.get(i).expected());
        }
    }

    @Test
    void writesPercentsAsNumbersWithOneDecimalAndExplainsEachRank() {
        Run run = run(COMPLETE + "\n", "evaluate");

        String line = run.outLines().get(0);
        assertThat(line).contains("\"percent\":100.0,").doesNotContain("E+");
        JsonNode first = JSON.readTree(line).get("ranking").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("name").asString()).isEqualTo("Augmented Reality (AR)");
        assertThat(first.get("recommendationLabel").asString()).isEqualTo("Sehr empfehlenswert");
        assertThat(first.get("contributions")).hasSize(14);
        JsonNode contribution = first.get("contributions").get(0);
        assertThat(contribution.get("points").asInt())
                .isEqualTo(6 * contribution.get("weight").asInt());
    }

    @Test
    void writesEnglishNamesAndLabelsWithLangEn() {
        Run run = run(COMPLETE + "\n", "evaluate", "--lang", "en");

        JsonNode response = JSON.readTree(run.outLines().get(0));
        assertThat(response.get("language").asString()).isEqualTo("en");
        assertThat(response.get("ranking").get(0).get("recommendationLabel").asString())
                .isEqualTo("Highly recommended");
    }

    @Test
    void reportsEachBadLineWithItsNumberAndStillEvaluatesTheOthers() {
        String unknownLevel = COMPLETE.replace("\"reichweite\":\"sehr-wichtig\"", "\"reichweite\":\"sehr\"");
        assertThat(unknownLevel).isNotEqualTo(COMPLETE);
        String input = String.join("\n", COMPLETE, "{not json", "", unknownLevel, COMPLETE, "{\"answers\": []}") + "\n";

        Run run = run(input, "evaluate", "--lang", "en");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.errLines())
                .contains(
                        "line 2: body: not valid JSON (line 1, column 2)",
                        "line 4: answers.reichweite: unknown level \"sehr\"; allowed: unwichtig, weniger-wichtig, wichtig, sehr-wichtig",
                        "line 6: answers: must be an object that maps each question id to a level id")
                .noneMatch(l -> l.startsWith("line 3"));
    }

    @Test
    void namesEveryMissingQuestionAndUnknownQuestionInGermanByDefault() {
        Run run = run("{\"catalog\": \"2022\", \"answers\": {\"reichweite\": \"wichtig\", \"frage-x\": \"wichtig\"}}\n", "evaluate");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines())
                .contains("line 1: answers.synchrone-kommunikation: Frage nicht beantwortet; erlaubte Stufen: "
                        + "unwichtig, weniger-wichtig, wichtig, sehr-wichtig")
                .contains("line 1: answers.frage-x: unbekannte Frage \"frage-x\" im Katalog 2022")
                .filteredOn(l -> l.contains("nicht beantwortet"))
                .hasSize(13);
    }

    @Test
    void reportsWrongTypesByField() {
        Run run = run(
                "{\"catalog\": 2022, \"answers\": {}}\n" + COMPLETE.replace("\"reichweite\":\"sehr-wichtig\"", "\"reichweite\":6")
                        + "\n{\"answers\": {}, \"extra\": 1}\n",
                "evaluate",
                "--lang",
                "en");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines())
                .anyMatch(l -> l.startsWith("line 1: catalog: must be a catalogue id as a string"))
                .anyMatch(l -> l.startsWith("line 2: answers.reichweite: must be a level id as a string"))
                .anyMatch(l -> l.startsWith("line 3: extra: unknown field"));
    }

    @Test
    void usesTheCatalogOptionForLinesWithoutCatalog() {
        GoldenCases.Case case2020 = GoldenCases.first("2020");
        String withoutCatalog = case2020.request().replace("\"catalog\":\"2020\",", "");

        Run run = run(withoutCatalog + "\n", "evaluate", "--catalog", "2020");

        assertThat(run.status()).isZero();
        JsonNode response = JSON.readTree(run.outLines().get(0));
        assertThat(response.get("catalog").asString()).isEqualTo("2020");
        assertThat(GoldenCases.ranking(response)).isEqualTo(case2020.expected());
    }

    @Test
    void skipsBlankLinesAndSucceedsOnEmptyInput() {
        Run blank = run("\n   \n\n", "evaluate");
        assertThat(blank.status()).isZero();
        assertThat(blank.out()).isEmpty();
        assertThat(blank.err()).isEmpty();
    }

    @Test
    void readsAndWritesFiles(@TempDir Path folder) throws Exception {
        Path input = folder.resolve("in.jsonl");
        Path output = folder.resolve("out.jsonl");
        Files.writeString(input, COMPLETE + "\n" + COMPLETE + "\n");

        Run run = run("", "evaluate", "--input", input.toString(), "--output", output.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(output)).hasSize(2).allMatch(l -> l.startsWith("{\"catalog\":\"2022\""));
    }

    @Test
    void refusesUnknownOptionWithUsageStatus() {
        Run run = run("", "evaluate", "--catalgo", "2022");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("Unbekannte Option: '--catalgo'")
                .contains("Meinten Sie: --catalog?")
                .contains("./quickcheck evaluate --help");
    }

    @Test
    void refusesUnknownCatalogAndNamesTheKnownOnes() {
        Run run = run(COMPLETE + "\n", "evaluate", "--catalog", "1999");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Unbekannter Katalog \"1999\"").contains("2022, 2020");
    }

    @Test
    void refusesUnknownLanguage() {
        Run run = run(COMPLETE + "\n", "evaluate", "--lang", "fr");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("\"fr\"");
    }

    @Test
    void refusesMissingInputFile(@TempDir Path folder) {
        Run run = run("", "evaluate", "--lang", "en", "--input", folder.resolve("missing.jsonl").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot read the input file").contains("missing.jsonl").contains("no such file");
    }

    @Test
    void refusesUnknownCommand() {
        Run run = run("", "evalute");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("evalute");
    }

    @Test
    void helpOfEvaluateExplainsInputExitStatusAndGivesAnExample() {
        Run run = run("", "evaluate", "--lang", "en", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("--catalog", "--input", "--output", "--lang")
                .contains("Blank lines are skipped")
                .contains("Exit status")
                .contains("Example");
    }

    @Test
    void helpListsTheCommands() {
        for (String[] args : List.of(new String[] {"help"}, new String[] {"--help"})) {
            Run run = run("", args);
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("serve").contains("evaluate");
        }
    }
}
