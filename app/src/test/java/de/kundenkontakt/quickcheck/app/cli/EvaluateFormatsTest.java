package de.kundenkontakt.quickcheck.app.cli;

import static de.kundenkontakt.quickcheck.app.cli.EvaluateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import de.kundenkontakt.quickcheck.app.cli.EvaluateCommandTest.Run;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code evaluate --format csv|summary}: what a researcher reads from the batch output. */
class EvaluateFormatsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String COMPLETE = GoldenCases.all().get(0).request();

    private static final List<String> TOUCHPOINTS_2022 = Catalogs.builtIn().find("2022").orElseThrow()
            .touchpoints().stream().map(Touchpoint::id).toList();

    @Test
    void csvStartsWithLineCatalogAndEveryTouchpointInCatalogueOrder() {
        Run run = run(COMPLETE + "\n", "evaluate", "--format", "csv");

        assertThat(run.status()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo("line,catalog," + String.join(",", TOUCHPOINTS_2022));
        assertThat(TOUCHPOINTS_2022).hasSize(23);
    }

    @Test
    void csvRowsCarryEveryGoldenPercentInItsTouchpointsColumn() {
        List<GoldenCases.Case> cases = GoldenCases.all();
        String input = cases.stream().map(GoldenCases.Case::request).collect(Collectors.joining("\n", "", "\n"));

        Run run = run(input, "evaluate", "--format", "csv");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        List<String> header = Arrays.asList(run.outLines().get(0).split(",", -1));
        assertThat(run.outLines()).hasSize(cases.size() + 1);
        for (int i = 0; i < cases.size(); i++) {
            GoldenCases.Case each = cases.get(i);
            String[] cells = run.outLines().get(i + 1).split(",", -1);
            assertThat(cells).as(each.toString()).hasSize(header.size());
            assertThat(cells[0]).isEqualTo(String.valueOf(i + 1));
            assertThat(cells[1]).isEqualTo(each.catalog());
            Map<String, String> byTouchpoint = new HashMap<>();
            for (int column = 2; column < cells.length; column++) {
                byTouchpoint.put(header.get(column), cells[column]);
            }
            for (GoldenCases.Expected expected : each.expected()) {
                assertThat(byTouchpoint.remove(expected.touchpoint()))
                        .as(each + " " + expected.touchpoint())
                        .isEqualTo(expected.percent());
            }
            // touchpoints the line's catalogue does not have stay empty
            assertThat(byTouchpoint.values()).as(each.toString()).allMatch(String::isEmpty);
        }
    }

    @Test
    void csvLeavesEmptyCellsForTouchpointsAnOlderCatalogueLacks() {
        GoldenCases.Case case2020 = GoldenCases.first("2020");

        Run run = run(case2020.request() + "\n", "evaluate", "--format", "csv");

        String[] cells = run.outLines().get(1).split(",", -1);
        int liveChat = 2 + TOUCHPOINTS_2022.indexOf("live-chat");
        assertThat(cells[1]).isEqualTo("2020");
        assertThat(cells[liveChat]).isEmpty();
        assertThat(cells[2]).matches("\\d{1,3}\\.\\d");
    }

    @Test
    void csvNumbersRowsByInputLineAndReportsBadLinesAsBefore() {
        String input = String.join("\n", COMPLETE, "", "{not json", COMPLETE) + "\n";

        Run run = run(input, "evaluate", "--format", "csv", "--lang", "en");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(1)).startsWith("1,2022,");
        assertThat(run.outLines().get(2)).startsWith("4,2022,");
        assertThat(run.errLines()).contains("line 3: body: not valid JSON (line 1, column 2)", "1 of 3 lines had errors.");
    }

    @Test
    void keepsInputOrderAcrossManyLines() {
        GoldenCases.Case case2020 = GoldenCases.first("2020");
        int count = 5_000;
        String input = IntStream.rangeClosed(1, count)
                .mapToObj(i -> i % 3 == 0 ? case2020.request() : i % 7 == 0 ? "{\"answers\": {}}" : COMPLETE)
                .collect(Collectors.joining("\n", "", "\n"));

        Run run = run(input, "evaluate", "--format", "csv");

        List<String> rows = run.outLines().subList(1, run.outLines().size());
        List<Integer> numbers = rows.stream().map(r -> Integer.parseInt(r.substring(0, r.indexOf(',')))).toList();
        List<Integer> good = IntStream.rangeClosed(1, count)
                .filter(i -> i % 3 == 0 || i % 7 != 0)
                .boxed()
                .toList();
        assertThat(numbers).isEqualTo(good);
        assertThat(rows).allMatch(r -> {
            int line = Integer.parseInt(r.substring(0, r.indexOf(',')));
            return r.startsWith(line + (line % 3 == 0 ? ",2020," : ",2022,"));
        });
        assertThat(run.errLines()).first().asString().startsWith("line 7: ");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void summaryIsTheFullResponseWithoutContributions() {
        Run full = run(COMPLETE + "\n", "evaluate", "--lang", "en");
        Run summary = run(COMPLETE + "\n", "evaluate", "--format", "summary", "--lang", "en");

        assertThat(summary.status()).isZero();
        ObjectNode expected = (ObjectNode) JSON.readTree(full.outLines().get(0));
        expected.get("ranking").forEach(each -> ((ObjectNode) each).remove("contributions"));
        JsonNode actual = JSON.readTree(summary.outLines().get(0));
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.get("ranking")).hasSize(23);
        assertThat(summary.outLines().get(0)).doesNotContain("contributions").contains("\"percent\":");
    }

    @Test
    void refusesAnUnknownFormatInTheUsersLanguage() {
        Run german = run(COMPLETE + "\n", "evaluate", "--format", "xml");
        Run english = run(COMPLETE + "\n", "evaluate", "--format", "xml", "--lang", "en");

        assertThat(german.status()).isEqualTo(2);
        assertThat(german.out()).isEmpty();
        assertThat(german.err()).contains("Unbekanntes Format \"xml\" für --format; möglich: json, csv, summary");
        assertThat(english.err()).contains("Unknown format \"xml\" for --format; possible: json, csv, summary");
    }

    @Test
    void helpExplainsTheFormatsInBothLanguages() {
        // picocli wraps long descriptions, so compare with the line breaks taken out
        assertThat(run("", "evaluate", "--help").out().replaceAll("\\s+", " "))
                .contains("--format")
                .contains("ein Prozentwert je Kanal in Katalogreihenfolge");
        assertThat(run("", "evaluate", "--help", "--lang", "en").out().replaceAll("\\s+", " "))
                .contains("--format")
                .contains("one percentage per channel in catalogue order");
    }
}
