package de.kundenkontakt.quickcheck.app.assessment.api;

import static de.kundenkontakt.quickcheck.app.api.ApiCalls.inLanguage;
import static de.kundenkontakt.quickcheck.app.api.ApiCalls.postJson;
import static de.kundenkontakt.quickcheck.app.api.ApiCalls.send;
import static de.kundenkontakt.quickcheck.app.api.ProblemResponses.errors;
import static de.kundenkontakt.quickcheck.app.api.ProblemResponses.json;
import static de.kundenkontakt.quickcheck.app.api.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.GapAnalysis;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@QuickcheckContext
@ExtendWith(OutputCaptureExtension.class)
class AssessmentApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "/api/v1/assessments";
    private static final Catalog CATALOG = Catalogs.builtIn().find("2022").orElseThrow();
    private static final String LEVELS = "unwichtig, weniger-wichtig, wichtig, sehr-wichtig";

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService service;

    @Autowired
    JdbcClient jdbc;

    // --- helpers ---------------------------------------------------------------------------------

    private MockHttpServletResponse create(String body, String language) throws Exception {
        return send(mvc, inLanguage(postJson(BASE, body), language));
    }

    private MockHttpServletResponse change(String token, String body, String language) throws Exception {
        return send(mvc, inLanguage(patch(BASE + "/" + token)
                .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .content(body), language));
    }

    /** Creates an assessment, asserting 201, and returns the response body. */
    private JsonNode created(String body) throws Exception {
        MockHttpServletResponse response = create(body, null);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json(response);
    }

    private static String body(Map<String, ?> fields) {
        return JSON.writeValueAsString(fields);
    }

    private static Map<String, String> goldenAnswers(int index) {
        JsonNode request = JSON.readTree(GoldenCases.all().get(index).request());
        Map<String, String> answers = new LinkedHashMap<>();
        request.get("answers").properties().forEach(e -> answers.put(e.getKey(), e.getValue().asString()));
        return answers;
    }

    private static Map<String, String> firstOf(Map<String, String> answers, int count) {
        Map<String, String> some = new LinkedHashMap<>();
        answers.entrySet().stream().limit(count).forEach(e -> some.put(e.getKey(), e.getValue()));
        return some;
    }

    private static Map<String, String> restOf(Map<String, String> answers, int skip) {
        Map<String, String> rest = new LinkedHashMap<>();
        answers.entrySet().stream().skip(skip).forEach(e -> rest.put(e.getKey(), e.getValue()));
        return rest;
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    // --- round trips -----------------------------------------------------------------------------

    @Test
    void draftCompletedByPatchShowsTheSameEvaluationAsTheEvaluationApi(CapturedOutput output) throws Exception {
        Map<String, String> answers = goldenAnswers(0);
        JsonNode draft = created(body(Map.of("catalog", "2022", "answers", firstOf(answers, 6))));
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(draft.get("evaluation").isNull()).isTrue();
        assertThat(draft.get("openQuestions")).hasSize(8);
        assertThat(draft.get("answers").size()).isEqualTo(6);
        String token = draft.get("token").asString();

        MockHttpServletResponse completed =
                change(token, body(Map.of("answers", restOf(answers, 6), "complete", true)), null);
        assertThat(completed.getStatus()).as(completed.getContentAsString()).isEqualTo(200);
        assertThat(json(completed).get("status").asString()).isEqualTo("complete");

        JsonNode shown = json(send(mvc, get(BASE + "/" + token)));
        JsonNode evaluated = json(send(mvc, post("/api/v1/evaluations")
                .contentType(MediaType.APPLICATION_JSON)
                .content(GoldenCases.all().get(0).request())));
        assertThat(shown.get("evaluation")).isEqualTo(evaluated);
        assertThat(GoldenCases.ranking(shown.get("evaluation"))).isEqualTo(GoldenCases.all().get(0).expected());
        assertThat(shown.get("openQuestions")).isEmpty();
        assertThat(shown.get("answers").propertyNames()).containsExactlyElementsOf(
                CATALOG.questions().stream().map(q -> q.id()).toList());

        assertThat(output.getAll()).doesNotContain(token);
    }

    @Test
    void everyGoldenCaseSavedCompleteRanksAsThePublishedScripts() throws Exception {
        for (GoldenCases.Case each : GoldenCases.all()) {
            JsonNode saved = created(each.request());
            assertThat(saved.get("status").asString()).as(each.toString()).isEqualTo("complete");
            assertThat(GoldenCases.ranking(saved.get("evaluation"))).as(each.toString()).isEqualTo(each.expected());
        }
    }

    @Test
    void createReturnsBothTokensAndTheLinksButShowNeverTheDeleteToken() throws Exception {
        MockHttpServletResponse response = create(GoldenCases.all().get(0).request(), "en");
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getHeader("Content-Language")).isEqualTo("en");
        JsonNode body = json(response);
        String token = body.get("token").asString();
        String deleteToken = body.get("deleteToken").asString();
        assertThat(AccessToken.isWellFormed(token)).isTrue();
        assertThat(AccessToken.isWellFormed(deleteToken)).isTrue();
        assertThat(token).isNotEqualTo(deleteToken);
        assertThat(response.getHeader("Location")).isEqualTo(BASE + "/" + token);
        assertThat(response.getHeader("Cache-Control")).as("no cache keeps the tokens").contains("no-store");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(body.get("links").toString()).isEqualTo("{"
                + "\"self\":\"/api/v1/assessments/" + token + "\","
                + "\"view\":\"/auswertung/" + token + "\","
                + "\"delete\":\"/loeschen/" + deleteToken + "\","
                + "\"report\":\"/api/v1/assessments/" + token + "/report.pdf\","
                + "\"csv\":\"/api/v1/assessments/" + token + "/export.csv\","
                + "\"xlsx\":\"/api/v1/assessments/" + token + "/export.xlsx\","
                + "\"json\":\"/api/v1/assessments/" + token + "/export.json\"}");
        assertThat(body.get("status").asString()).isEqualTo("complete");
        assertThat(body.get("catalog").asString()).isEqualTo("2022");
        assertThat(body.get("language").asString()).isEqualTo("en");
        assertThat(body.get("createdAt").asString()).endsWith("Z");
        assertThat(body.get("evaluation").get("ranking")).hasSize(23);
        assertThat(body.get("gapAnalysis").isNull()).isTrue();
        assertThat(body.get("actionPlan").isNull()).isTrue();

        String shown = send(mvc, get(BASE + "/" + token)).getContentAsString();
        assertThat(shown).doesNotContain(deleteToken).doesNotContain("deleteToken").doesNotContain("/loeschen/");
        assertThat(json(send(mvc, get(BASE + "/" + token))).get("links").has("delete")).isFalse();
    }

    @Test
    void draftFlagKeepsEvenCompleteAnswersAsDraftAndFalseRequiresEveryAnswer() throws Exception {
        Map<String, String> answers = goldenAnswers(1);
        JsonNode draft = created(body(Map.of("answers", answers, "draft", true)));
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(draft.get("evaluation").isNull()).isTrue();
        assertThat(draft.get("openQuestions")).isEmpty();

        JsonNode problem = problem(create(body(Map.of("answers", firstOf(answers, 12), "draft", false)), "en"), 422);
        assertThat(errors(problem)).containsExactlyInAnyOrder(
                "answers.einstiegskosten: question not answered; allowed levels: " + LEVELS,
                "answers.laufende-kosten: question not answered; allowed levels: " + LEVELS);
    }

    @Test
    void anEmptyBodyObjectStartsAnEmptyDraft() throws Exception {
        JsonNode draft = created("{}");
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(draft.get("openQuestions")).hasSize(14);
        assertThat(draft.get("profile").toString()).isEqualTo(
                "{\"companyName\":null,\"industry\":null,\"sizeClass\":null,\"region\":null,\"market\":null}");
        assertThat(draft.get("currentState").isEmpty()).isTrue();
    }

    @Test
    void profileAndCurrentStateGiveGapAnalysisAndActionPlanInTheRequestLanguage() throws Exception {
        Map<String, String> answers = goldenAnswers(0);
        Map<String, String> state = Map.of("website", "in-use", "e-mail", "in-use", "social-media", "planned");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("answers", answers);
        request.put("profile", Map.of(
                "companyName", "Tischlerei Müller", "industry", "C", "sizeClass", "10-49", "region", "DE-BY",
                "market", "both"));
        request.put("currentState", state);
        MockHttpServletResponse response = send(mvc, post(BASE + "?lang=en")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "de")
                .content(body(request)));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        JsonNode body = json(response);

        assertThat(body.get("language").asString()).isEqualTo("en");
        assertThat(body.get("profile").toString()).isEqualTo("{\"companyName\":\"Tischlerei Müller\",\"industry\":\"C\","
                + "\"sizeClass\":\"10-49\",\"region\":\"DE-BY\",\"market\":\"both\"}");
        assertThat(body.get("profileLabels").get("industry").asString()).isEqualTo("Manufacturing");
        assertThat(body.get("profileLabels").get("region").asString()).isEqualTo("Bavaria");
        assertThat(body.get("profileLabels").get("sizeClass").asString()).isEqualTo("10–49 employees");
        assertThat(body.get("currentState").get("social-media").asString()).isEqualTo("planned");

        Evaluation evaluation = CATALOG.evaluate(Answers.complete(CATALOG, answers));
        GapAnalysis expected = GapAnalysis.of(evaluation, CurrentState.parse(state));
        JsonNode gaps = body.get("gapAnalysis");
        assertThat(ids(gaps.get("potential"))).isNotEmpty().isEqualTo(touchpoints(expected.potential()));
        assertThat(ids(gaps.get("inUse"))).containsExactlyInAnyOrder("website", "e-mail");
        assertThat(ids(gaps.get("review"))).isEqualTo(touchpoints(expected.review()));
        assertThat(ids(gaps.get("planned"))).isEqualTo(touchpoints(expected.planned()));
        assertThat(gaps.get("uncoveredPhases").toString()).isEqualTo(JSON.writeValueAsString(
                expected.uncoveredPhases().stream().map(p -> p.id()).toList()));
        assertThat(gaps.get("potential").get(0).get("recommendationLabel").asString()).isNotBlank();

        JsonNode plan = body.get("actionPlan");
        assertThat(ids(plan)).containsExactlyInAnyOrderElementsOf(touchpoints(expected.potential()));
        List<Boolean> quickWins = StreamSupport.stream(plan.spliterator(), false)
                .map(item -> item.get("quickWin").asBoolean())
                .toList();
        assertThat(quickWins).as("quick wins first").isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
        List<String> expectedQuickWins = de.kundenkontakt.quickcheck.app.assessment.ActionPlan.of(evaluation, CurrentState.parse(state))
                .quickWins().stream().map(de.kundenkontakt.quickcheck.app.assessment.ActionItem::touchpointId).toList();
        for (JsonNode item : plan) {
            // Low entry cost, and no high running cost when low running cost was rated important.
            assertThat(item.get("quickWin").asBoolean()).isEqualTo(expectedQuickWins.contains(item.get("touchpoint").asString()));
            if (item.get("quickWin").asBoolean()) {
                assertThat(item.get("entryCost").asString()).isEqualTo("low");
            }
            assertThat(item.get("entryCostLabel").asString()).isIn("low", "medium", "high");
            assertThat(item.get("firstStep").asString()).hasSizeGreaterThan(40).doesNotContain("assessment.");
        }
        assertThat(plan.get(0).get("name").asString()).isNotBlank();
    }

    /**
     * Each PATCH merges into the assessment as it is when the change starts; the service locks the
     * row first, so twenty at once each keep their touchpoint and none overwrites another's.
     */
    @Test
    void twentyParallelChangesLoseNoUpdate() throws Exception {
        String token = created(GoldenCases.all().get(0).request()).get("token").asString();
        List<String> touchpoints =
                CATALOG.touchpoints().stream().map(Touchpoint::id).limit(20).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(touchpoints.size());
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String touchpoint : touchpoints) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return change(token, body(Map.of("currentState", Map.of(touchpoint, "planned"))), "de")
                            .getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, String> state = service.find(AccessToken.parse(token).orElseThrow())
                .orElseThrow()
                .currentState()
                .asIds();
        assertThat(state).hasSize(20).containsOnlyKeys(touchpoints);
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("touchpoint").asString()).toList();
    }

    private static List<String> touchpoints(List<TouchpointResult> results) {
        return results.stream().map(r -> r.touchpoint().id()).toList();
    }

    @Test
    void completingADraftRequiresEveryAnswerAndListsTheOpenQuestions() throws Exception {
        Map<String, String> answers = firstOf(goldenAnswers(0), 11);
        String token = created(body(Map.of("answers", answers))).get("token").asString();

        JsonNode problem = problem(change(token, "{\"complete\": true}", null), 422);
        List<String> open = CATALOG.questions().stream()
                .filter(q -> !answers.containsKey(q.id()))
                .map(q -> "answers." + q.id() + ": Frage nicht beantwortet; erlaubte Stufen: " + LEVELS)
                .toList();
        assertThat(open).hasSize(3);
        assertThat(errors(problem)).as("every open question in catalogue order").containsExactlyElementsOf(open);
        assertThat(json(send(mvc, get(BASE + "/" + token))).get("status").asString()).isEqualTo("draft");
    }

    @Test
    void patchMergesAnswersProfileAndCurrentStateKeyByKey() throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("answers", Map.of("reichweite", "wichtig", "visualisierung", "unwichtig"));
        request.put("profile", Map.of("companyName", "Bäckerei Korn", "industry", "C"));
        request.put("currentState", Map.of("blog", "planned", "forum", "not-used"));
        String token = created(body(request)).get("token").asString();

        MockHttpServletResponse response = change(token, """
                {"answers": {"visualisierung": null, "kundenakquise": "wichtig"},
                 "profile": {"industry": "G", "companyName": null, "market": "b2c"},
                 "currentState": {"forum": null, "website": "in-use"}}""", null);

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("answers").toString()).isEqualTo("{\"reichweite\":\"wichtig\",\"kundenakquise\":\"wichtig\"}");
        assertThat(body.get("profile").toString()).isEqualTo(
                "{\"companyName\":null,\"industry\":\"G\",\"sizeClass\":null,\"region\":null,\"market\":\"b2c\"}");
        assertThat(body.get("currentState").toString()).isEqualTo("{\"blog\":\"planned\",\"website\":\"in-use\"}");
        assertThat(body.has("deleteToken")).isFalse();

        JsonNode cleared = json(change(token, "{\"profile\": null, \"currentState\": null}", null));
        assertThat(cleared.get("profile").get("industry").isNull()).isTrue();
        assertThat(cleared.get("currentState").isEmpty()).isTrue();
        assertThat(cleared.get("answers").size()).isEqualTo(2);
        assertThat(json(send(mvc, get(BASE + "/" + token))).get("answers").size()).isEqualTo(2);
    }

    @Test
    void aCompleteAssessmentStaysCompleteAndTakesACurrentStateLater() throws Exception {
        String token = created(GoldenCases.all().get(0).request()).get("token").asString();

        JsonNode problem = problem(change(token, "{\"answers\": {\"reichweite\": null}}", "en"), 422);
        assertThat(errors(problem)).containsExactly(
                "answers.reichweite: question not answered; allowed levels: " + LEVELS);

        JsonNode withState = json(change(token, "{\"currentState\": {\"website\": \"in-use\"}}", null));
        assertThat(withState.get("status").asString()).isEqualTo("complete");
        assertThat(withState.get("gapAnalysis").get("inUse").get(0).get("touchpoint").asString()).isEqualTo("website");
        assertThat(withState.get("actionPlan").isArray()).isTrue();
    }

    // --- deletion --------------------------------------------------------------------------------

    @Test
    void deleteTokenDeletesEverythingAndTheLinksThenGive404() throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("answers", goldenAnswers(0));
        request.put("currentState", Map.of("website", "in-use", "blog", "planned"));
        JsonNode body = created(body(request));
        String token = body.get("token").asString();
        long assessments = rows("assessment");
        long answers = rows("assessment_answer");
        long states = rows("assessment_touchpoint_state");

        MockHttpServletResponse deleted = send(mvc, delete(BASE + "/" + body.get("deleteToken").asString()));

        assertThat(deleted.getStatus()).isEqualTo(204);
        assertThat(deleted.getContentAsString()).isEmpty();
        assertThat(rows("assessment")).isEqualTo(assessments - 1);
        assertThat(rows("assessment_answer")).isEqualTo(answers - 14);
        assertThat(rows("assessment_touchpoint_state")).isEqualTo(states - 2);
        assertThat(service.find(token)).isEmpty();
        JsonNode problem = problem(send(mvc, get(BASE + "/" + token)), 404);
        assertThat(problem.get("title").asString()).isEqualTo("Auswertung nicht gefunden");
        problem(send(mvc, get(BASE + "/" + token + "/export.csv")), 404);
        problem(send(mvc, get(BASE + "/" + token + "/export.json")), 404);
        problem(change(token, "{}", null), 404);
        problem(send(mvc, delete(BASE + "/" + body.get("deleteToken").asString())), 404);
    }

    @Test
    void viewTokenCannotDelete() throws Exception {
        String token = created(GoldenCases.all().get(0).request()).get("token").asString();
        long before = rows("assessment");

        JsonNode problem = problem(send(mvc, delete(BASE + "/" + token).header("Accept-Language", "en")), 404);

        assertThat(problem.get("detail").asString()).contains("nothing was deleted").contains("delete token");
        assertThat(rows("assessment")).isEqualTo(before);
        assertThat(send(mvc, get(BASE + "/" + token)).getStatus()).isEqualTo(200);
    }

    @Test
    void unknownMalformedOrDeletedTokensGiveAFriendly404WithoutEchoingTheToken() throws Exception {
        String unknown = AccessToken.generate().value();
        for (String path : List.of(
                BASE + "/" + unknown,
                BASE + "/" + unknown + "/export.csv",
                BASE + "/" + unknown + "/export.json",
                BASE + "/" + unknown + "x",
                BASE + "/" + unknown.substring(0, 42) + "!",
                BASE + "/kurz")) {
            MockHttpServletResponse german = send(mvc, get(path));
            JsonNode problem = problem(german, 404);
            assertThat(german.getHeader("Content-Language")).isEqualTo("de");
            assertThat(problem.get("detail").asString()).contains("gelöscht");
            assertThat(german.getContentAsString()).doesNotContain(unknown.substring(0, 20));
        }
        JsonNode english = problem(send(mvc, get(BASE + "/" + unknown).header("Accept-Language", "en-US")), 404);
        assertThat(english.get("title").asString()).isEqualTo("Assessment not found");
        assertThat(english.get("instance").asString()).isEqualTo(BASE + "/" + unknown.substring(0, 6) + "…");
        JsonNode byParameter = problem(send(mvc, get(BASE + "/" + unknown + "/export.csv?lang=en")), 404);
        assertThat(byParameter.get("title").asString()).isEqualTo("Assessment not found");
        problem(send(mvc, get(BASE + "/" + unknown + "/export.csv").accept("text/csv")), 404);
        MockHttpServletResponse report = send(mvc, get(BASE + "/" + unknown + "/report.pdf"));
        problem(report, 404);
        assertThat(report.getContentAsString()).doesNotContain(unknown);
    }

    // --- bad input -------------------------------------------------------------------------------

    @Test
    void refusesMalformedJsonWith400() throws Exception {
        JsonNode german = problem(create("{\"answers\": ", null), 400);
        assertThat(german.get("title").asString()).isEqualTo("Ungültiges JSON");
        assertThat(errors(german)).singleElement().asString().startsWith("body: kein gültiges JSON");
        String token = created("{}").get("token").asString();
        JsonNode english = problem(change(token, "{\"answers\": {}} {", "en"), 400);
        assertThat(errors(english)).singleElement().asString().startsWith("body: not valid JSON");
        problem(create("", "en"), 400);
        problem(create("{\"answers\": {}, \"answers\": {}}", "en"), 400);
    }

    @Test
    void refusesWrongTypesAndUnknownFieldsWith422NamingEachField() throws Exception {
        assertThat(errors(problem(create("[1]", "en"), 422)))
                .containsExactly("body: expected a JSON object with the fields catalog, answers, draft, profile, "
                        + "currentState");
        assertThat(errors(problem(create("{\"answer\": {}, \"draft\": \"yes\"}", "en"), 422))).containsExactly(
                "answer: unknown field; allowed: catalog, answers, draft, profile, currentState",
                "draft: must be true or false");
        assertThat(errors(problem(create(
                        "{\"answers\": [], \"profile\": \"Bäcker\", \"currentState\": 3, \"catalog\": 2022}", "en"),
                422)))
                .containsExactlyInAnyOrder(
                        "catalog: must be a catalogue id as a string; known: 2022, 2020",
                        "answers: must be an object that maps each question id to a level id",
                        "profile: must be an object with the fields companyName, industry, sizeClass, region, market",
                        "currentState: must be an object that maps channel ids to a usage (in-use, planned, "
                                + "not-used)");
        assertThat(errors(problem(create(
                        "{\"answers\": {\"reichweite\": 3}, \"profile\": {\"industry\": 5, \"ceo\": \"X\"}, "
                                + "\"currentState\": {\"blog\": true}}",
                        "en"),
                422)))
                .containsExactlyInAnyOrder(
                        "answers.reichweite: must be a level id as a string; allowed: " + LEVELS,
                        "profile.industry: must be a string (or null to remove the value)",
                        "profile.ceo: unknown field; allowed: companyName, industry, sizeClass, region, market",
                        "currentState.blog: must be a usage as a string; allowed: in-use, planned, not-used");
    }

    @Test
    void refusesUnknownQuestionsLevelsTouchpointsAndUsagesWith422() throws Exception {
        JsonNode problem = problem(create("{\"answers\": {\"reichweite\": \"sehr\", \"frage-x\": \"wichtig\"}, "
                + "\"currentState\": {\"fax\": \"in-use\", \"blog\": \"maybe\"}}", null), 422);
        assertThat(errors(problem)).containsExactlyInAnyOrder(
                "answers.reichweite: unbekannte Stufe \"sehr\"; erlaubt: " + LEVELS,
                "answers.frage-x: unbekannte Frage \"frage-x\" im Katalog 2022",
                "currentState.fax: unbekannter Kanal \"fax\" im Katalog 2022",
                "currentState.blog: unbekannte Nutzung \"maybe\"; erlaubt: in-use, planned, not-used");
        assertThat(problem.get("title").asString()).isEqualTo("Ungültige Angaben");
        assertThat(problem.get("errors").get(0).get("code").asString()).isNotBlank();
    }

    @Test
    void refusesUnknownProfileValuesAndTooLongCompanyNamesWith422() throws Exception {
        String name = "T".repeat(121);
        JsonNode problem = problem(create(body(Map.of("profile", Map.of(
                "companyName", name, "industry", "Z", "sizeClass", "5-8", "region", "DE-XX", "market", "b2g"))),
                "en"), 422);
        assertThat(errors(problem)).containsExactlyInAnyOrder(
                "profile.companyName: too long; at most 120 characters",
                "profile.industry: unknown value \"Z\"; allowed: A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, "
                        + "R, S, T, U",
                "profile.sizeClass: unknown value \"5-8\"; allowed: 1-9, 10-49, 50-249, 250+",
                "profile.region: unknown value \"DE-XX\"; allowed: DE-BW, DE-BY, DE-BE, DE-BB, DE-HB, DE-HH, DE-HE, "
                        + "DE-MV, DE-NI, DE-NW, DE-RP, DE-SL, DE-SN, DE-ST, DE-SH, DE-TH, AT, CH, other",
                "profile.market: unknown value \"b2g\"; allowed: b2b, b2c, both");
        assertThat(problem.toString()).doesNotContain(name);
        assertThat(errors(problem(create("{\"profile\": {\"companyName\": \"A\\nB\"}}", null), 422)))
                .containsExactly("profile.companyName: darf keine Zeilenumbrüche, Steuerzeichen oder unsichtbaren Zeichen (etwa Leerzeichen ohne Breite oder Richtungswechsel) enthalten");
    }

    @Test
    void refusesAnUnknownCatalogueAndAChangeOfCatalogue() throws Exception {
        assertThat(errors(problem(create("{\"catalog\": \"1999\"}", "en"), 422)))
                .containsExactly("catalog: unknown catalogue \"1999\"; known: 2022, 2020");
        String token = created("{}").get("token").asString();
        assertThat(errors(problem(change(token, "{\"catalog\": \"2020\", \"draft\": true}", "en"), 422)))
                .containsExactly(
                        "catalog: the catalogue of a saved assessment cannot change; create a new assessment for "
                                + "another catalogue",
                        "draft: unknown field; allowed: answers, complete, profile, currentState");
        assertThat(errors(problem(change(token, "{\"complete\": 1}", "en"), 422)))
                .containsExactly("complete: must be true or false");
    }

    @Test
    void aRefusedChangeLeavesTheAssessmentAsItWas() throws Exception {
        String token = created("{\"answers\": {\"reichweite\": \"wichtig\"}, \"currentState\": {\"blog\": \"planned\"}}")
                .get("token").asString();
        problem(change(token, "{\"answers\": {\"reichweite\": \"unwichtig\"}, \"currentState\": {\"fax\": \"in-use\"}}",
                null), 422);
        JsonNode shown = json(send(mvc, get(BASE + "/" + token)));
        assertThat(shown.get("answers").toString()).isEqualTo("{\"reichweite\":\"wichtig\"}");
        assertThat(shown.get("currentState").toString()).isEqualTo("{\"blog\":\"planned\"}");
    }

    @Test
    void refusesOtherContentTypesWith415AndLargeBodiesWith413() throws Exception {
        JsonNode unsupported = problem(
                send(mvc, post(BASE).contentType(MediaType.TEXT_PLAIN).content("{}").header("Accept-Language", "en")),
                415);
        assertThat(unsupported.get("detail").asString()).contains("text/plain");
        problem(send(mvc, post(BASE).content("{}")), 415);
        String token = created("{}").get("token").asString();
        problem(send(mvc, patch(BASE + "/" + token).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("a=b")), 415);

        byte[] large = ("{\"profile\": {\"companyName\": \"" + "x".repeat(70_000) + "\"}}").getBytes();
        problem(send(mvc, post(BASE).contentType(MediaType.APPLICATION_JSON).content(large)), 413);
        JsonNode tooLarge = problem(send(mvc, patch(BASE + "/" + token).contentType(MediaType.APPLICATION_JSON).content(large)), 413);
        assertThat(tooLarge.toString()).doesNotContain(token);
    }

    @Test
    void refusesAnUnknownLanguageParameterWith400() throws Exception {
        String token = created(GoldenCases.all().get(0).request()).get("token").asString();
        JsonNode problem = problem(send(mvc, get(BASE + "/" + token + "/export.csv?lang=fr")), 400);
        assertThat(problem.get("detail").asString()).isEqualTo("Der Parameter lang kennt \"fr\" nicht; möglich sind de und en.");
    }

    @Test
    void checksTheContentTypeBeforeTheLanguageAndTheLanguageBeforeTheBody() throws Exception {
        String token = created("{}").get("token").asString();
        problem(send(mvc, post(BASE + "?lang=fr").contentType(MediaType.TEXT_PLAIN).content("{}")), 415);
        problem(send(mvc, patch(BASE + "/" + token + "?lang=fr").contentType(MediaType.TEXT_PLAIN).content("{}")), 415);
        JsonNode malformed = problem(send(mvc, post(BASE + "?lang=fr").contentType(MediaType.APPLICATION_JSON).content("{")), 400);
        assertThat(malformed.get("detail").asString()).contains("\"fr\"");
        JsonNode repeated = problem(send(mvc, get(BASE + "/" + token + "?lang=de&lang=en")), 400);
        assertThat(repeated.get("detail").asString()).contains("\"de,en\"");
    }

    @Test
    void answersOtherMethodsWith405() throws Exception {
        String token = created("{}").get("token").asString();
        MockHttpServletResponse response = send(mvc,
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(BASE + "/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"));
        JsonNode problem = problem(response, 405);
        assertThat(response.getHeader("Allow")).contains("GET", "PATCH", "DELETE");
        assertThat(response.getContentAsString()).doesNotContain(token);
    }

    // --- exports ---------------------------------------------------------------------------------

    @Test
    void aDraftHasNoCsvButAJsonExport() throws Exception {
        String token = created("{\"answers\": {\"reichweite\": \"wichtig\"}}").get("token").asString();
        JsonNode problem = problem(send(mvc, get(BASE + "/" + token + "/export.csv").header("Accept-Language", "en")), 409);
        assertThat(problem.get("detail").asString()).startsWith("13 questions are still open.");
        assertThat(send(mvc, get(BASE + "/" + token + "/export.json")).getStatus()).isEqualTo(200);
    }

    @Test
    void exportsTheSameJsonAsShowAsAnAttachment() throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("answers", goldenAnswers(2));
        request.put("profile", Map.of("companyName", "=HYPERLINK(\"x\")"));
        request.put("currentState", Map.of("website", "in-use"));
        String token = created(body(request)).get("token").asString();

        MockHttpServletResponse export = send(mvc, get(BASE + "/" + token + "/export.json?lang=en"));
        MockHttpServletResponse shown = send(mvc, get(BASE + "/" + token).header("Accept-Language", "en"));

        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getContentType()).startsWith("application/json");
        assertThat(export.getHeader("Content-Disposition"))
                .as("named after the company, in letters and digits only")
                .matches("attachment; filename=\"quickcheck-hyperlink-x-\\d{4}-\\d{2}-\\d{2}\\.json\"");
        assertThat(export.getContentAsString()).isEqualTo(shown.getContentAsString());
        assertThat(json(export).get("profile").get("companyName").asString()).isEqualTo("=HYPERLINK(\"x\")");
    }

    @Test
    void documentsTheAssessmentEndpointsInOpenApi() throws Exception {
        JsonNode paths = json(send(mvc, get("/v3/api-docs"))).get("paths");
        assertThat(paths.has(BASE)).isTrue();
        assertThat(paths.get(BASE + "/{token}").has("get")).isTrue();
        assertThat(paths.get(BASE + "/{token}").has("patch")).isTrue();
        JsonNode delete = paths.get(BASE + "/{token}").get("delete");
        assertThat(delete.get("description").asString()).contains("DELETE token").contains("not the view token");
        assertThat(delete.get("parameters").get(0).get("description").asString()).contains("delete token");
        assertThat(paths.has(BASE + "/{deleteToken}")).as("one path for view and delete token").isFalse();
        assertThat(paths.has(BASE + "/{token}/export.csv")).isTrue();
        assertThat(paths.has(BASE + "/{token}/export.xlsx")).isTrue();
        assertThat(paths.has(BASE + "/{token}/export.json")).isTrue();
    }

    @Test
    void neverWritesATokenToTheLog(CapturedOutput output) throws Exception {
        JsonNode body = created(GoldenCases.all().get(0).request());
        String token = body.get("token").asString();
        String deleteToken = body.get("deleteToken").asString();
        send(mvc, get(BASE + "/" + token));
        change(token, "{\"currentState\": {\"blog\": \"planned\"}}", null);
        change(token, "{\"currentState\": {\"fax\": \"x\"}}", null);
        send(mvc, get(BASE + "/" + token + "/export.csv"));
        send(mvc, get(BASE + "/" + token + "/export.json"));
        send(mvc, get(BASE + "/" + token + "/nonsense"));
        send(mvc, delete(BASE + "/" + token));
        send(mvc, delete(BASE + "/" + deleteToken));
        send(mvc, get(BASE + "/" + token));

        assertThat(output.getAll()).doesNotContain(token).doesNotContain(deleteToken);
    }
}
