package de.kundenkontakt.quickcheck.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem+json contract of the API, pinned case by case: for every error the API can give,
 * in German and in English, the status, the headers that matter and the whole body (title,
 * detail, instance, each field error with its path, code and message) must stay exactly as
 * recorded in {@code api/problem-contract.jsonl}. The file was recorded from the hand-written
 * request readers before they were replaced ({@code -Dcontract.record=true} writes it anew), so
 * a refactoring of how requests are read and checked must keep every answer byte for byte.
 */
@QuickcheckContext
class ProblemContractIntegrationTest {

    private static final Path RECORDED = Path.of("src/test/resources/api/problem-contract.jsonl");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EVALUATIONS = "/api/v1/evaluations";
    private static final String ASSESSMENTS = "/api/v1/assessments";
    private static final String JSON_TYPE = "application/json";
    private static final String NO_SUCH_TOKEN = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    @Autowired
    MockMvc mvc;

    /** One request; {@code body} and {@code contentType} may be null. */
    private record Case(String name, HttpMethod method, String path, String contentType, String body) {}

    private static List<Case> evaluationCases() {
        String complete = GoldenCases.all().get(0).request();
        String longKey = "k".repeat(200);
        return List.of(
                new Case("evaluation malformed", HttpMethod.POST, EVALUATIONS, JSON_TYPE, "{\"answers\": {"),
                new Case("evaluation empty body", HttpMethod.POST, EVALUATIONS, JSON_TYPE, ""),
                new Case("evaluation array", HttpMethod.POST, EVALUATIONS, JSON_TYPE, "[]"),
                new Case("evaluation text/plain", HttpMethod.POST, EVALUATIONS, "text/plain", complete),
                new Case("evaluation no content type", HttpMethod.POST, EVALUATIONS, null, complete),
                new Case("evaluation no answers", HttpMethod.POST, EVALUATIONS, JSON_TYPE, "{\"catalog\": \"2022\"}"),
                new Case("evaluation answers not object", HttpMethod.POST, EVALUATIONS, JSON_TYPE, "{\"answers\": 3}"),
                new Case("evaluation level not string", HttpMethod.POST, EVALUATIONS, JSON_TYPE,
                        "{\"answers\": {\"reichweite\": 3, \"kundenakquise\": null}}"),
                new Case("evaluation unknown question and level", HttpMethod.POST, EVALUATIONS, JSON_TYPE,
                        "{\"answers\": {\"gibt-es-nicht\": \"wichtig\", \"reichweite\": \"sehr\"}}"),
                new Case("evaluation unknown catalog", HttpMethod.POST, EVALUATIONS, JSON_TYPE,
                        "{\"catalog\": \"1999\", \"answers\": {}}"),
                new Case("evaluation catalog not string", HttpMethod.POST, EVALUATIONS, JSON_TYPE,
                        "{\"catalog\": 2022, \"answers\": {}}"),
                new Case("evaluation unknown field", HttpMethod.POST, EVALUATIONS, JSON_TYPE,
                        complete.replaceFirst("\\{", "{\"extra\": 1, ")),
                new Case("evaluation duplicate key", HttpMethod.POST, EVALUATIONS, JSON_TYPE,
                        "{\"answers\": {}, \"answers\": {}}"),
                new Case("evaluation long key", HttpMethod.POST, EVALUATIONS, JSON_TYPE,
                        "{\"answers\": {\"" + longKey + "\": \"" + longKey + "\"}}"),
                new Case("evaluation too large", HttpMethod.POST, EVALUATIONS, JSON_TYPE,
                        "{\"answers\": {}, \"pad\": \"" + "x".repeat(70 * 1024) + "\"}"),
                new Case("evaluation unknown fields value", HttpMethod.POST, EVALUATIONS + "?fields=alles", JSON_TYPE,
                        complete),
                new Case("evaluation wrong method", HttpMethod.GET, EVALUATIONS, null, null),
                new Case("unknown api path", HttpMethod.GET, "/api/v1/gibt-es-nicht", null, null),
                new Case("unknown catalog", HttpMethod.GET, "/api/v1/catalogs/1999", null, null));
    }

    private static List<Case> assessmentCases() {
        String answersJson = JSON.readTree(GoldenCases.all().get(0).request()).get("answers").toString();
        String one = ASSESSMENTS + "/" + NO_SUCH_TOKEN;
        List<Case> cases = new ArrayList<>(List.of(
                new Case("create malformed", HttpMethod.POST, ASSESSMENTS, JSON_TYPE, "{"),
                new Case("create not object", HttpMethod.POST, ASSESSMENTS, JSON_TYPE, "\"text\""),
                new Case("create unknown field", HttpMethod.POST, ASSESSMENTS, JSON_TYPE, "{\"answerz\": {}}"),
                new Case("create catalog unknown", HttpMethod.POST, ASSESSMENTS, JSON_TYPE, "{\"catalog\": \"1999\"}"),
                new Case("create draft not boolean", HttpMethod.POST, ASSESSMENTS, JSON_TYPE, "{\"draft\": \"ja\"}"),
                new Case("create complete required", HttpMethod.POST, ASSESSMENTS, JSON_TYPE,
                        "{\"draft\": false, \"answers\": {\"reichweite\": \"wichtig\"}}"),
                new Case("create profile not object", HttpMethod.POST, ASSESSMENTS, JSON_TYPE, "{\"profile\": []}"),
                new Case("create profile fields", HttpMethod.POST, ASSESSMENTS, JSON_TYPE,
                        "{\"profile\": {\"companyName\": \"" + "n".repeat(121) + "\", \"industry\": \"ZZ\", "
                                + "\"sizeClass\": \"1000+\", \"region\": \"DE-XX\", \"market\": \"b2g\", \"vat\": \"1\"}}"),
                new Case("create profile value not string", HttpMethod.POST, ASSESSMENTS, JSON_TYPE,
                        "{\"profile\": {\"industry\": 3}}"),
                new Case("create company name control characters", HttpMethod.POST, ASSESSMENTS, JSON_TYPE,
                        "{\"profile\": {\"companyName\": \"Zeile\\nZwei\"}}"),
                new Case("create current state not object", HttpMethod.POST, ASSESSMENTS, JSON_TYPE,
                        "{\"currentState\": \"website\"}"),
                new Case("create current state values", HttpMethod.POST, ASSESSMENTS, JSON_TYPE,
                        "{\"currentState\": {\"fax\": \"in-use\", \"website\": \"maybe\", \"blog\": 1}}"),
                new Case("create answers wrong", HttpMethod.POST, ASSESSMENTS, JSON_TYPE,
                        "{\"answers\": {\"reichweite\": \"sehr\", \"gibt-es-nicht\": \"wichtig\", \"blog\": 2}}"),
                new Case("create text/plain", HttpMethod.POST, ASSESSMENTS, "text/plain", "{}"),
                new Case("show unknown token", HttpMethod.GET, one, null, null),
                new Case("show malformed token", HttpMethod.GET, ASSESSMENTS + "/kurz", null, null),
                new Case("show unknown language", HttpMethod.GET, one + "?lang=fr", null, null),
                new Case("change unknown token", HttpMethod.PATCH, one, "application/merge-patch+json", "{}"),
                new Case("delete unknown token", HttpMethod.DELETE, one, null, null),
                new Case("csv unknown token", HttpMethod.GET, one + "/export.csv", null, null),
                new Case("report unknown token", HttpMethod.GET, one + "/report.pdf", null, null)));
        cases.add(new Case("create then", HttpMethod.POST, ASSESSMENTS, JSON_TYPE,
                "{\"draft\": true, \"answers\": " + answersJson + "}"));
        return cases;
    }

    /** Cases on a saved draft ({@code {token}} stands for its view token). */
    private static List<Case> draftCases() {
        String one = ASSESSMENTS + "/{token}";
        String patch = "application/merge-patch+json";
        return List.of(
                new Case("change catalog", HttpMethod.PATCH, one, patch, "{\"catalog\": \"2022\"}"),
                new Case("change unknown field", HttpMethod.PATCH, one, patch, "{\"draft\": true}"),
                new Case("change complete not boolean", HttpMethod.PATCH, one, patch, "{\"complete\": 1}"),
                new Case("change complete with open questions", HttpMethod.PATCH, one, patch,
                        "{\"complete\": true, \"answers\": {\"reichweite\": null}}"),
                new Case("change malformed", HttpMethod.PATCH, one, patch, "{\"answers\": "),
                new Case("change text/plain", HttpMethod.PATCH, one, "text/plain", "{}"),
                new Case("csv of a draft", HttpMethod.GET, one + "/export.csv", null, null),
                new Case("report of a draft", HttpMethod.GET, one + "/report.pdf", null, null),
                new Case("delete with the view token", HttpMethod.DELETE, one, null, null));
    }

    @Test
    void everyErrorAnswersExactlyAsRecorded() throws Exception {
        List<String> answers = new ArrayList<>();
        String token = null;
        for (Case each : assessmentCases()) {
            for (String language : List.of("de", "en")) {
                MockHttpServletResponse response = send(each, language, null);
                if (each.name().equals("create then")) {
                    token = JSON.readTree(response.getContentAsString()).get("token").asString();
                } else {
                    answers.add(describe(each, language, response, null));
                }
            }
        }
        List<Case> cases = new ArrayList<>(evaluationCases());
        cases.addAll(draftCases());
        for (Case each : cases) {
            for (String language : List.of("de", "en")) {
                answers.add(describe(each, language, send(each, language, token), token));
            }
        }

        if (Boolean.getBoolean("contract.record")) {
            Files.write(RECORDED, answers, StandardCharsets.UTF_8);
        }
        assertThat(answers).containsExactlyElementsOf(Files.readAllLines(RECORDED, StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse send(Case each, String language, String token) throws Exception {
        String path = token == null ? each.path() : each.path().replace("{token}", token);
        MockHttpServletRequestBuilder request = request(each.method(), path).header("Accept-Language", language);
        if (each.contentType() != null) {
            request.contentType(each.contentType());
        }
        if (each.body() != null) {
            request.content(each.body().getBytes(StandardCharsets.UTF_8));
        }
        return ApiCalls.send(mvc, request);
    }

    /** One line: the case, the language and what the caller sees, with the draft's token replaced. */
    private static String describe(Case each, String language, MockHttpServletResponse response, String token)
            throws Exception {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("case", each.name());
        seen.put("language", language);
        seen.put("status", response.getStatus());
        seen.put("contentType", response.getContentType());
        seen.put("contentLanguage", response.getHeader("Content-Language"));
        seen.put("allow", response.getHeader("Allow"));
        String body = response.getContentAsString();
        if (token != null) {
            body = body.replace(token.substring(0, 6), "{token}");
        }
        JsonNode parsed = body.isEmpty() ? null : JSON.readTree(body);
        seen.put("body", parsed);
        return JSON.writeValueAsString(seen);
    }
}
