package de.kundenkontakt.quickcheck.app.result.api;

import static de.kundenkontakt.quickcheck.app.api.ApiCalls.postJson;
import static de.kundenkontakt.quickcheck.app.api.ApiCalls.send;
import static de.kundenkontakt.quickcheck.app.api.ProblemResponses.json;
import static de.kundenkontakt.quickcheck.app.api.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationJsonModule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/v1/evaluations?fields=ranking}: the ranking without contributions. */
@QuickcheckContext
class CompactEvaluationIntegrationTest {

    private static final String COMPLETE = GoldenCases.all().get(0).request();

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper mapper;

    private MockHttpServletResponse evaluate(String query, String language) throws Exception {
        return send(mvc, postJson("/api/v1/evaluations" + query, COMPLETE).header("Accept-Language", language));
    }

    @Test
    void compactFormIsTheFullResponseWithoutContributions() throws Exception {
        MockHttpServletResponse full = evaluate("", "en");
        MockHttpServletResponse compact = evaluate("?fields=ranking", "en");

        assertThat(compact.getStatus()).isEqualTo(200);
        ObjectNode expected = (ObjectNode) json(full);
        expected.get("ranking").forEach(each -> ((ObjectNode) each).remove("contributions"));
        assertThat(json(compact)).isEqualTo(expected);
        assertThat(compact.getContentAsString()).doesNotContain("contributions");
        assertThat(compact.getContentAsString().length()).isLessThan(full.getContentAsString().length() / 3);
        assertThat(compact.getHeader("Content-Language")).isEqualTo("en");
    }

    @Test
    void fullResponseStillCarriesEveryContribution() throws Exception {
        JsonNode full = json(evaluate("", "de"));

        assertThat(full.get("ranking")).hasSize(23).allSatisfy(each -> assertThat(each.get("contributions"))
                .hasSize(14));
    }

    @Test
    void refusesOtherFieldSelectionsWith400InTheRequestLanguage() throws Exception {
        JsonNode german = problem(evaluate("?fields=everything", "de"), 400);
        JsonNode english = problem(evaluate("?fields=", "en"), 400);

        assertThat(german.get("title").asString()).isEqualTo("Unbekannte Auswahl");
        assertThat(german.get("detail").asString()).contains("\"everything\"").contains("ranking");
        assertThat(english.get("title").asString()).isEqualTo("Unknown field selection");
    }

    @Test
    void theApplicationsMapperWritesEvaluationsWithTheDirectWriter() {
        assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof EvaluationJsonModule);
    }

    @Test
    void openApiDocumentsTheCompactForm() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();

        assertThat(docs).contains("\"name\":\"fields\"").contains("ranking: only the ranking, without the contributions");
    }
}
