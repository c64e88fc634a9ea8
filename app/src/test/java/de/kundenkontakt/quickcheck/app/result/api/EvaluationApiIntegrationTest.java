package de.kundenkontakt.quickcheck.app.result.api;

import static de.kundenkontakt.quickcheck.app.api.ApiCalls.inLanguage;
import static de.kundenkontakt.quickcheck.app.api.ApiCalls.postJson;
import static de.kundenkontakt.quickcheck.app.api.ApiCalls.send;
import static de.kundenkontakt.quickcheck.app.api.ProblemResponses.errors;
import static de.kundenkontakt.quickcheck.app.api.ProblemResponses.json;
import static de.kundenkontakt.quickcheck.app.api.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import de.kundenkontakt.quickcheck.app.cli.CommandLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

@QuickcheckContext
class EvaluationApiIntegrationTest {

    private static final String COMPLETE = GoldenCases.all().get(0).request();
    private static final String LEVELS = "unwichtig, weniger-wichtig, wichtig, sehr-wichtig";

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse evaluate(String body, String language) throws Exception {
        return send(mvc, inLanguage(postJson("/api/v1/evaluations", body), language));
    }

    @Test
    void ranksEveryGoldenCaseExactlyAsThePublishedScripts() throws Exception {
        for (GoldenCases.Case each : GoldenCases.all()) {
            MockHttpServletResponse response = evaluate(each.request(), null);
            assertThat(response.getStatus()).as(each.toString()).isEqualTo(200);
            assertThat(GoldenCases.ranking(json(response))).as(each.toString()).isEqualTo(each.expected());
        }
    }

    @Test
    void answersWithTheSameJsonAsTheCommandLineTool() throws Exception {
        for (String language : List.of("de", "en")) {
            String api = evaluate(COMPLETE, language).getContentAsString();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = CommandLine.run(
                    new String[] {"evaluate", "--lang", language},
                    new ByteArrayInputStream((COMPLETE + "\n").getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(status).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(api + "\n");
        }
    }

    @Test
    void usesTheDefaultCatalogueAndGermanWithoutCatalogOrLanguage() throws Exception {
        String withoutCatalog = COMPLETE.replace("\"catalog\":\"2022\",", "");
        assertThat(withoutCatalog).doesNotContain("catalog");

        MockHttpServletResponse response = evaluate(withoutCatalog, null);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Language")).isEqualTo("de");
        JsonNode body = json(response);
        assertThat(body.get("catalog").asString()).isEqualTo("2022");
        JsonNode first = body.get("ranking").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("percentText").asString()).isEqualTo("100.0");
        assertThat(first.get("recommendationLabel").asString()).isEqualTo("Sehr empfehlenswert");
        assertThat(response.getContentAsString()).contains("\"percent\":100.0,");
    }

    @Test
    void namesTouchpointsInEnglishForAcceptLanguageEn() throws Exception {
        JsonNode body = json(evaluate(COMPLETE, "en-GB,en;q=0.9"));
        assertThat(body.get("language").asString()).isEqualTo("en");
        assertThat(body.get("ranking").get(0).get("name").asString()).isEqualTo("Augmented reality (AR)");
        assertThat(body.get("ranking").get(0).get("recommendationLabel").asString()).isEqualTo("Highly recommended");
    }

    @Test
    void explainsEachRankWithContributions() throws Exception {
        JsonNode first = json(evaluate(COMPLETE, null)).get("ranking").get(0);
        assertThat(first.get("contributions")).hasSize(14);
        for (JsonNode contribution : first.get("contributions")) {
            assertThat(contribution.get("points").asInt()).isEqualTo(6 * contribution.get("weight").asInt());
        }
        assertThat(first.get("phases").toString()).isEqualTo("[\"interest\",\"desire\",\"loyalty\"]");
    }

    @Test
    void refusesMalformedJsonWith400InTheRequestLanguage() throws Exception {
        JsonNode german = problem(evaluate("{\"answers\": ", null), 400);
        assertThat(german.get("title").asString()).isEqualTo("Ungültiges JSON");
        assertThat(errors(german)).singleElement().asString().startsWith("body: kein gültiges JSON");

        JsonNode english = problem(evaluate("{\"answers\": {}} trailing", "en"), 400);
        assertThat(english.get("title").asString()).isEqualTo("Malformed JSON");
        assertThat(errors(english)).singleElement().asString().startsWith("body: not valid JSON (line 1");
    }

    @Test
    void refusesEmptyBodyWith400() throws Exception {
        JsonNode problem = problem(evaluate("", "en"), 400);
        assertThat(errors(problem)).containsExactly("body: the body is empty; expected a JSON object with \"answers\"");
    }

    @Test
    void refusesDuplicateKeysAsMalformed() throws Exception {
        problem(evaluate("{\"answers\": {}, \"answers\": {}}", "en"), 400);
    }

    @Test
    void refusesWrongJsonTypesWith422NamingTheField() throws Exception {
        assertThat(errors(problem(evaluate("[1, 2]", "en"), 422)))
                .containsExactly("body: expected a JSON object with \"answers\" (and optionally \"catalog\")");
        assertThat(errors(problem(evaluate("{\"answers\": \"viel\"}", "en"), 422)))
                .containsExactly("answers: must be an object that maps each question id to a level id");
        assertThat(errors(problem(evaluate("{\"catalog\": 2022, \"answers\": {}}", "en"), 422)))
                .containsExactly("catalog: must be a catalogue id as a string; known: 2022, 2020");
        String numberLevel = COMPLETE.replace("\"reichweite\":\"sehr-wichtig\"", "\"reichweite\":6");
        assertThat(errors(problem(evaluate(numberLevel, "en"), 422)))
                .containsExactly("answers.reichweite: must be a level id as a string; allowed: " + LEVELS);
        assertThat(errors(problem(evaluate("{}", "en"), 422)))
                .containsExactly("answers: missing; expected an object that maps each question id to a level id");
    }

    @Test
    void listsEveryMissingQuestionWith422() throws Exception {
        JsonNode problem = problem(evaluate("{\"answers\": {\"reichweite\": \"wichtig\"}}", null), 422);
        assertThat(problem.get("title").asString()).isEqualTo("Ungültige Angaben");
        assertThat(problem.get("detail").asString()).isEqualTo("13 Angaben sind ungültig; siehe \"errors\".");
        assertThat(errors(problem))
                .hasSize(13)
                .contains("answers.laufende-kosten: Frage nicht beantwortet; erlaubte Stufen: " + LEVELS)
                .noneMatch(e -> e.startsWith("answers.reichweite"));
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("answer.missing");
    }

    /** Each case: the complete request with one part replaced, and the one error in English. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown question        | {"synchrone      | {"frage-x":"wichtig","synchrone | answers.frage-x: unknown question "frage-x" in catalogue 2022
            unknown catalogue       | "catalog":"2022" | "catalog":"1999"                | catalog: unknown catalogue "1999"; known: 2022, 2020
            unknown top-level field | {"catalog"       | {"answer":{},"catalog"          | answer: unknown field; only "catalog" and "answers" are allowed
            """)
    void refusesUnknownQuestionsCataloguesAndFieldsWith422(String unknown, String part, String replacement, String error)
            throws Exception {
        assertThat(errors(problem(evaluate(COMPLETE.replace(part, replacement), "en"), 422))).containsExactly(error);
    }

    @Test
    void refusesUnknownLevelWith422ListingTheAllowedLevels() throws Exception {
        String unknown = COMPLETE.replace("\"reichweite\":\"sehr-wichtig\"", "\"reichweite\":\"sehr\"");
        JsonNode problem = problem(evaluate(unknown, null), 422);
        assertThat(errors(problem))
                .containsExactly("answers.reichweite: unbekannte Stufe \"sehr\"; erlaubt: " + LEVELS);
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("level.unknown");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/evaluations");
    }

    @Test
    void refusesOtherContentTypesWith415() throws Exception {
        JsonNode problem = problem(
                send(mvc, post("/api/v1/evaluations").contentType(MediaType.TEXT_PLAIN).content(COMPLETE)), 415);
        assertThat(problem.get("detail").asString()).contains("application/json").contains("text/plain");
        problem(send(mvc, post("/api/v1/evaluations").content(COMPLETE)), 415);
        problem(send(mvc, post("/api/v1/evaluations").header("Content-Type", "nonsense").content(COMPLETE)), 415);
    }

    @Test
    void acceptsJsonWithCharsetAndProblemJsonSubtypes() throws Exception {
        assertThat(send(mvc, post("/api/v1/evaluations")
                                .header("Content-Type", "application/json; charset=utf-8")
                                .content(COMPLETE))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void refusesBodiesAbove64KiBWith413() throws Exception {
        String padded = COMPLETE.replace("{\"catalog\"", "{\"catalog\"" + " ".repeat(70_000).replace("  ", "  ") + ":\"2022\",\"x\"");
        JsonNode problem = problem(evaluate(padded, "en"), 413);
        assertThat(problem.get("detail").asString()).contains("65,536");
    }

    @Test
    void refusesBodiesAbove64KiBEvenWithoutContentLength() throws Exception {
        String big = "{\"answers\": {}}" + " ".repeat(70_000);
        MockHttpServletRequestBuilder request = post("/api/v1/evaluations")
                .contentType(MediaType.APPLICATION_JSON)
                .content(big)
                .with(r -> {
                    r.removeHeader("Content-Length");
                    return r;
                });
        problem(send(mvc, request), 413);
    }

    @Test
    void refusesOtherMethodsWith405AndAllow() throws Exception {
        MockHttpServletResponse response = send(mvc, get("/api/v1/evaluations").header("Accept-Language", "en"));
        JsonNode problem = problem(response, 405);
        assertThat(response.getHeader("Allow")).isEqualTo("POST");
        assertThat(problem.get("detail").asString()).isEqualTo("GET is not allowed for /api/v1/evaluations; allowed: POST.");

        MockHttpServletResponse put = send(mvc, put("/api/v1/catalogs").contentType(MediaType.APPLICATION_JSON).content("{}"));
        problem(put, 405);
        assertThat(put.getHeader("Allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void answersUnknownApiPathsWith404ProblemJson() throws Exception {
        JsonNode problem = problem(send(mvc, get("/api/v1/nothing-here")), 404);
        assertThat(problem.get("title").asString()).isEqualTo("Nicht gefunden");
        problem(send(mvc, post("/api/v2/evaluations").contentType(MediaType.APPLICATION_JSON).content(COMPLETE)), 404);
        problem(send(mvc, get("/api")), 404);
    }

    @Test
    void answersProblemJsonEvenWhenTheClientAcceptsOnlyHtml() throws Exception {
        MockHttpServletResponse response = send(mvc, post("/api/v1/evaluations")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.TEXT_HTML)
                .content(COMPLETE));
        JsonNode problem = problem(response, 406);
        assertThat(problem.get("title").asString()).isEqualTo("Antwortformat nicht verfügbar");
        assertThat(problem.get("detail").asString()).isEqualTo("Die API antwortet nur mit application/json.");
    }
}
