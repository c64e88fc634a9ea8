package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.api.ApiCalls;
import static de.kundenkontakt.quickcheck.app.api.ProblemResponses.json;
import static de.kundenkontakt.quickcheck.app.api.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The CSV and XLSX downloads of an assessment hold what a consultant needs (company, profile, the
 * answers, the ranking) in the chosen language, in a shape German Excel reads without help.
 */
@QuickcheckContext
class AssessmentExportIntegrationTest {

    private static final String BASE = "/api/v1/assessments";
    private static final Catalog CATALOG = Catalogs.builtIn().find("2022").orElseThrow();
    private static final String ANSWERS = """
            {"synchrone-kommunikation": "wichtig", "verfuegbarkeit-24-7": "sehr-wichtig", \
            "reichweite": "sehr-wichtig", "kosten-zeitersparnis": "wichtig", "visualisierung": "weniger-wichtig", \
            "kundenbeziehung": "sehr-wichtig", "kundeninformationen": "wichtig", "absatzkanaele": "wichtig", \
            "glaubwuerdigkeit": "sehr-wichtig", "automatisierung-service": "weniger-wichtig", "kundenakquise": "sehr-wichtig", \
            "automatisierung-vertrieb": "unwichtig", "einstiegskosten": "wichtig", "laufende-kosten": "wichtig"}""";
    private static final String COMPANY = "Bäckerei \"Müller\"; Söhne";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse send(String path) throws Exception {
        return ApiCalls.send(mvc, get(path));
    }

    /** Creates a complete assessment and returns the API's JSON of it, in German. */
    private JsonNode created(String profile) throws Exception {
        String body = "{\"catalog\": \"2022\", \"answers\": " + ANSWERS
                + (profile == null ? "" : ", \"profile\": " + profile)
                + ", \"currentState\": {\"website\": \"in-use\", \"blog\": \"planned\", \"forum\": \"not-used\"}}";
        MockHttpServletResponse response = ApiCalls.send(mvc, ApiCalls.postJson(BASE, body));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json(response);
    }

    private static String fullProfile() {
        return "{\"companyName\": \"" + COMPANY.replace("\"", "\\\"") + "\", \"industry\": \"C\", "
                + "\"sizeClass\": \"10-49\", \"region\": \"DE-BY\", \"market\": \"both\"}";
    }

    /** Today in Germany, the date the downloads are named and stamped with. */
    private static LocalDate today() {
        return LocalDate.now(GermanTime.ZONE);
    }

    // --- CSV -------------------------------------------------------------------------------------

    @Test
    void csvForGermanExcelHasAByteOrderMarkSemicolonsAndCrlfLineEnds() throws Exception {
        String token = created(fullProfile()).get("token").asString();

        MockHttpServletResponse response = send(BASE + "/" + token + "/export.csv");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.getContentType()))
                .isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        byte[] bytes = response.getContentAsByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).as("UTF-8 byte order mark")
                .containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv.replace("\r\n", "")).as("every line ends with CRLF").doesNotContain("\n").doesNotContain("\r");
        assertThat(csv).endsWith("\r\n").contains("Bäckerei");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo(
                "attachment; filename=\"quickcheck-baeckerei-mueller-soehne-" + today() + ".csv\"; "
                        + "filename*=UTF-8''quickcheck-b%C3%A4ckerei-m%C3%BCller-s%C3%B6hne-" + today() + ".csv");
    }

    @Test
    void csvHoldsSummaryAnswersAndRankingInGerman() throws Exception {
        JsonNode assessment = created(fullProfile());
        String token = assessment.get("token").asString();

        List<String> lines = lines(send(BASE + "/" + token + "/export.csv").getContentAsString());

        JsonNode labels = assessment.get("profileLabels");
        String date = today().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(lines.subList(0, 10)).containsExactly(
                "Zusammenfassung",
                "Angabe;Wert",
                "Unternehmen;\"Bäckerei \"\"Müller\"\"; Söhne\"",
                "Branche;" + labels.get("industry").asString(),
                "Beschäftigte;" + labels.get("sizeClass").asString(),
                "Sitz;" + labels.get("region").asString(),
                "Kundschaft;" + labels.get("market").asString(),
                "Fragebogen;" + CATALOG.title().in("de"),
                "Stand;" + date,
                "");
        assertThat(lines.get(3)).contains("Verarbeitendes Gewerbe");
        assertThat(lines.get(5)).isEqualTo("Sitz;Bayern");

        assertThat(lines.subList(10, 12)).containsExactly("Antworten", "Nr.;ID;Bedürfnis;Antwort;Stufe (0 bis 3)");
        List<Question> questions = CATALOG.questions();
        JsonNode answers = assessment.get("answers");
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            String levelId = answers.get(question.id()).asString();
            int level = CATALOG.levels().indexOf(CATALOG.level(levelId).orElseThrow());
            assertThat(lines.get(12 + i)).isEqualTo((i + 1) + ";" + question.id() + ";" + question.topic().in("de") + ";"
                    + CATALOG.level(levelId).orElseThrow().label().in("de") + ";" + level);
        }
        assertThat(lines.subList(12, 26)).filteredOn(line -> line.contains(";automatisierung-vertrieb;"))
                .singleElement().asString().endsWith(";unwichtig;0");

        assertThat(lines.subList(26, 29)).containsExactly("", "Ranking",
                "Rang;ID;Kanal;Prozent;Empfehlung;Heutige Nutzung;Einstiegskosten;Laufende Kosten");
        JsonNode ranking = assessment.get("evaluation").get("ranking");
        assertThat(ranking).hasSize(23);
        for (int i = 0; i < ranking.size(); i++) {
            JsonNode place = ranking.get(i);
            String[] cells = lines.get(29 + i).split(";", -1);
            assertThat(cells).hasSize(8);
            assertThat(Integer.parseInt(cells[0])).isBetween(1, i + 1);
            assertThat(cells[1]).isEqualTo(place.get("touchpoint").asString());
            assertThat(cells[2]).isEqualTo(place.get("name").asString());
            assertThat(cells[3]).isEqualTo(place.get("percentText").asString().replace('.', ','));
            assertThat(cells[4]).isEqualTo(place.get("recommendationLabel").asString());
            assertThat(cells[6]).isIn("gering", "mittel", "hoch");
            assertThat(cells[7]).isIn("gering", "mittel", "hoch");
        }
        assertThat(lines.get(29)).startsWith("1;");
        assertThat(lines).hasSize(29 + 23 + 1).last().isEqualTo("");
        assertThat(String.join("\n", lines)).contains(";website;").contains(";Nutzen wir schon;")
                .contains(";Geplant;").contains(";Nutzen wir nicht;");
    }

    @Test
    void csvInEnglishHasEnglishHeadersDecimalPointsAndIsoDates() throws Exception {
        JsonNode assessment = created(fullProfile());
        String token = assessment.get("token").asString();

        MockHttpServletResponse response = send(BASE + "/" + token + "/export.csv?lang=en");

        assertThat(response.getHeader("Content-Language")).isEqualTo("en");
        List<String> lines = lines(response.getContentAsString());
        assertThat(lines.subList(0, 3)).containsExactly("Summary", "Item;Value", "Company;\"Bäckerei \"\"Müller\"\"; Söhne\"");
        assertThat(lines.get(4)).startsWith("Employees;").contains("employees");
        assertThat(lines.get(5)).isEqualTo("Based in;Bavaria");
        assertThat(lines.get(8)).isEqualTo("As of;" + today());
        assertThat(lines.subList(10, 12)).containsExactly("Answers", "No.;ID;Need;Answer;Level (0 to 3)");
        assertThat(lines.subList(12, 26)).filteredOn(line -> line.contains(";automatisierung-vertrieb;"))
                .singleElement().asString().endsWith(";not important;0");
        assertThat(lines.subList(27, 29)).containsExactly("Ranking",
                "Rank;ID;Channel;Percent;Recommendation;Current usage;Entry cost;Running cost");
        String best = json(send(BASE + "/" + token + "?lang=en")).get("evaluation").get("ranking").get(0)
                .get("percentText").asString();
        assertThat(best).contains(".");
        assertThat(lines.get(29)).startsWith("1;").contains(";" + best + ";");
    }

    @Test
    void csvWithoutProfileLeavesTheCellsEmptyAndNamesTheFileByTheWordForAssessment() throws Exception {
        String token = created(null).get("token").asString();

        MockHttpServletResponse german = send(BASE + "/" + token + "/export.csv");
        MockHttpServletResponse english = send(BASE + "/" + token + "/export.csv?lang=en");

        assertThat(lines(german.getContentAsString()).subList(2, 7))
                .containsExactly("Unternehmen;", "Branche;", "Beschäftigte;", "Sitz;", "Kundschaft;");
        assertThat(german.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"quickcheck-auswertung-" + today() + ".csv\"");
        assertThat(english.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"quickcheck-assessment-" + today() + ".csv\"");
    }

    @Test
    void csvGuardsACompanyNameThatASpreadsheetWouldRunAsAFormula() throws Exception {
        String token = created("{\"companyName\": \"=HYPERLINK(\\\"http://example.invalid\\\")\"}")
                .get("token").asString();

        List<String> lines = lines(send(BASE + "/" + token + "/export.csv").getContentAsString());

        assertThat(lines.get(2)).isEqualTo("Unternehmen;\"'=HYPERLINK(\"\"http://example.invalid\"\")\"");
    }

    @Test
    void aDraftHasNeitherCsvNorXlsx() throws Exception {
        MockHttpServletResponse response = ApiCalls.send(mvc, ApiCalls.postJson(BASE, "{\"answers\": {\"reichweite\": \"wichtig\"}}"));
        String token = json(response).get("token").asString();
        for (String export : List.of("/export.csv", "/export.xlsx")) {
            JsonNode problem = problem(mvc.perform(get(BASE + "/" + token + export).header("Accept-Language", "en"))
                    .andReturn().getResponse(), 409);
            assertThat(problem.get("detail").asString()).startsWith("13 questions are still open.");
        }
    }

    /** The lines of a CSV text without its byte order mark. */
    private static List<String> lines(String csv) {
        assertThat(csv).startsWith("\uFEFF");
        return List.of(csv.substring(1).split("\r\n", -1));
    }

    // --- XLSX ------------------------------------------------------------------------------------

    /** The response as sent, without the test's own charset for text bodies. */
    private MockHttpServletResponse download(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    /** A date as a spreadsheet stores it: days since 30 December 1899. */
    private static BigDecimal serial(LocalDate date) {
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date));
    }

    @Test
    void xlsxHasThreeSheetsWithNumbersAsNumbers() throws Exception {
        JsonNode assessment = created(fullProfile());
        String token = assessment.get("token").asString();

        MockHttpServletResponse response = download(BASE + "/" + token + "/export.xlsx");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(XLSX);
        assertThat(response.getHeader("Content-Language")).isEqualTo("de");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"quickcheck-baeckerei-mueller-soehne-" + today() + ".xlsx\"");
        List<XlsxFile.Sheet> sheets = XlsxFile.of(response.getContentAsByteArray()).sheets();
        assertThat(sheets).extracting(XlsxFile.Sheet::name).containsExactly("Zusammenfassung", "Antworten", "Ranking");

        List<Map<String, XlsxFile.Cell>> summary = sheets.get(0).rows();
        assertThat(summary).hasSize(8);
        assertThat(summary.get(0).get("A").text()).isEqualTo("Angabe");
        assertThat(summary.get(1).get("A").text()).isEqualTo("Unternehmen");
        assertThat(summary.get(1).get("B").text()).isEqualTo(COMPANY);
        assertThat(summary.get(1).get("B").number()).isFalse();
        assertThat(summary.get(7).get("A").text()).isEqualTo("Stand");
        XlsxFile.Cell date = summary.get(7).get("B");
        assertThat(date.number()).isTrue();
        assertThat(new BigDecimal(date.text())).isEqualByComparingTo(serial(today()));
        assertThat(date.format()).isEqualTo("dd.mm.yyyy");

        List<Map<String, XlsxFile.Cell>> answers = sheets.get(1).rows();
        assertThat(answers).hasSize(1 + 14);
        assertThat(answers.get(0).get("C").text()).isEqualTo("Bedürfnis");
        assertThat(answers.get(1).get("A")).isEqualTo(new XlsxFile.Cell("1", true, null, false));
        Map<String, XlsxFile.Cell> unimportant = answers.stream()
                .filter(row -> row.get("B").text().equals("automatisierung-vertrieb")).findFirst().orElseThrow();
        assertThat(unimportant.get("D").text()).isEqualTo("unwichtig");
        assertThat(unimportant.get("E").number()).isTrue();
        assertThat(unimportant.get("E").text()).isEqualTo("0");

        List<Map<String, XlsxFile.Cell>> ranking = sheets.get(2).rows();
        assertThat(ranking).hasSize(1 + 23);
        assertThat(ranking.get(0).get("D").text()).isEqualTo("Prozent");
        JsonNode expected = assessment.get("evaluation").get("ranking");
        for (int i = 0; i < 23; i++) {
            Map<String, XlsxFile.Cell> row = ranking.get(i + 1);
            assertThat(row.get("A").number()).isTrue();
            assertThat(row.get("B").text()).isEqualTo(expected.get(i).get("touchpoint").asString());
            XlsxFile.Cell percent = row.get("D");
            assertThat(percent.number()).as("percent of row " + (i + 1) + " is a number").isTrue();
            assertThat(new BigDecimal(percent.text()))
                    .isEqualByComparingTo(new BigDecimal(expected.get(i).get("percentText").asString()));
            assertThat(percent.format()).isEqualTo("0.0");
            assertThat(row.get("E").text()).isEqualTo(expected.get(i).get("recommendationLabel").asString());
        }
        assertThat(ranking.stream().map(row -> row.containsKey("F") ? row.get("F").text() : ""))
                .contains("Nutzen wir schon", "Geplant", "Nutzen wir nicht");
    }

    @Test
    void xlsxHeaderRowsAreBoldAndFrozen() throws Exception {
        String token = created(fullProfile()).get("token").asString();

        List<XlsxFile.Sheet> sheets = XlsxFile.of(download(BASE + "/" + token + "/export.xlsx").getContentAsByteArray())
                .sheets();

        for (XlsxFile.Sheet sheet : sheets) {
            assertThat(sheet.pane()).as(sheet.name() + " has a frozen pane").isNotNull();
            assertThat(sheet.pane().getAttribute("state")).isEqualTo("frozen");
            assertThat(sheet.pane().getAttribute("ySplit")).isEqualTo("1");
            assertThat(sheet.rows().get(0).values()).as(sheet.name() + " header").hasSizeGreaterThanOrEqualTo(2)
                    .allMatch(XlsxFile.Cell::bold);
            assertThat(sheet.rows().get(1).values()).as(sheet.name() + " first row").noneMatch(XlsxFile.Cell::bold);
        }
    }

    @Test
    void xlsxInEnglishNamesItsSheetsInEnglishAndWritesIsoDates() throws Exception {
        String token = created(fullProfile()).get("token").asString();

        MockHttpServletResponse response = download(BASE + "/" + token + "/export.xlsx?lang=en");

        assertThat(response.getHeader("Content-Language")).isEqualTo("en");
        List<XlsxFile.Sheet> sheets = XlsxFile.of(response.getContentAsByteArray()).sheets();
        assertThat(sheets).extracting(XlsxFile.Sheet::name).containsExactly("Summary", "Answers", "Ranking");
        assertThat(sheets.get(0).rows().get(0).get("A").text()).isEqualTo("Item");
        assertThat(sheets.get(0).rows().get(7).get("B").format()).isEqualTo("yyyy-mm-dd");
        assertThat(sheets.get(2).rows().get(0).get("C").text()).isEqualTo("Channel");
    }
}
