package de.kundenkontakt.quickcheck.app.catalog.api;

import static de.kundenkontakt.quickcheck.app.api.ApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@QuickcheckContext
class CatalogApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheCataloguesWithTheDefaultFlaggedAndTheirSizes() throws Exception {
        MockHttpServletResponse response = send(mvc, get("/api/v1/catalogs"));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode list = JSON.readTree(response.getContentAsString());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("id").asString()).isEqualTo("2022");
        assertThat(list.get(0).get("default").asBoolean()).isTrue();
        assertThat(list.get(0).get("questions").asInt()).isEqualTo(14);
        assertThat(list.get(0).get("touchpoints").asInt()).isEqualTo(23);
        assertThat(list.get(0).get("href").asString()).isEqualTo("/api/v1/catalogs/2022");
        assertThat(list.get(1).get("id").asString()).isEqualTo("2020");
        assertThat(list.get(1).get("default").asBoolean()).isFalse();
        assertThat(list.get(1).get("touchpoints").asInt()).isEqualTo(18);
    }

    @Test
    void showsACatalogueWithQuestionsLevelsRecommendationsTouchpointsAndWeights() throws Exception {
        MockHttpServletResponse response = send(mvc, get("/api/v1/catalogs/2022").header("Accept-Language", "en"));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode catalog = JSON.readTree(response.getContentAsString());
        assertThat(catalog.get("questions")).hasSize(14);
        assertThat(catalog.get("questions").get(0).get("id").asString()).isEqualTo("synchrone-kommunikation");
        assertThat(catalog.get("questions").get(0).get("topic").asString()).isEqualTo("Synchronous communication");
        assertThat(catalog.get("questions").get(0).get("hint").asString()).isNotBlank();
        assertThat(catalog.get("levels").toString())
                .contains("{\"id\":\"sehr-wichtig\",\"points\":6,\"label\":");
        assertThat(catalog.get("recommendations").get(0).get("id").asString()).isEqualTo("sehr-empfehlenswert");
        assertThat(catalog.get("recommendations").get(0).get("minimumPercent").asInt()).isEqualTo(80);
        JsonNode chatbot = null;
        for (JsonNode touchpoint : catalog.get("touchpoints")) {
            if (touchpoint.get("id").asString().equals("chatbot")) {
                chatbot = touchpoint;
            }
        }
        assertThat(chatbot).isNotNull();
        assertThat(chatbot.get("weights").get("synchrone-kommunikation").asInt()).isEqualTo(3);
        assertThat(chatbot.get("weights")).hasSize(14);
        assertThat(chatbot.get("guideChapter").asString()).isNotBlank();
        assertThat(catalog.get("touchpoints").get(0).get("phases").toString())
                .isEqualTo("[\"interest\",\"desire\",\"loyalty\"]");
    }

    @Test
    void answersUnknownCatalogueWith404Problem() throws Exception {
        MockHttpServletResponse response = send(mvc, get("/api/v1/catalogs/1999").header("Accept-Language", "en"));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("detail").asString()).isEqualTo("There is no catalogue \"1999\"; known: 2022, 2020.");
    }

    @Test
    void publishesTheOpenApiDescription() throws Exception {
        MockHttpServletResponse response = send(mvc, get("/v3/api-docs"));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode docs = JSON.readTree(response.getContentAsString());
        assertThat(docs.get("openapi").asString()).startsWith("3.");
        assertThat(docs.get("paths").has("/api/v1/evaluations")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/catalogs/{id}")).isTrue();
        assertThat(docs.get("paths").has("/api/**")).isFalse();
        assertThat(docs.get("components").get("schemas").has("EvaluationRequest")).isTrue();
        assertThat(docs.get("components").get("schemas").has("EvaluationResponse")).isTrue();
    }

    @Test
    void servesSwaggerUiFromOurOwnServer() throws Exception {
        MockHttpServletResponse redirect = send(mvc, get("/api-docs"));
        assertThat(redirect.getStatus()).isEqualTo(302);
        String location = redirect.getHeader("Location");
        assertThat(location).contains("/swagger-ui/index.html");

        MockHttpServletResponse page = send(mvc, get("/swagger-ui/index.html"));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("swagger-ui").doesNotContain("https://").doesNotContain("http://");

        MockHttpServletResponse config = send(mvc, get("/v3/api-docs/swagger-config"));
        assertThat(config.getStatus()).isEqualTo(200);
        assertThat(config.getContentAsString()).contains("/v3/api-docs");

        MockHttpServletResponse script = send(mvc, get("/swagger-ui/swagger-initializer.js"));
        assertThat(script.getStatus()).isEqualTo(200);
        assertThat(script.getContentAsString()).contains("SwaggerUIBundle");
    }

    @Test
    void refusesAFormatItCannotGiveWith406RatherThanAContradictory405() throws Exception {
        for (String accept : new String[] {"text/html", "application/xml"}) {
            MockHttpServletResponse response =
                    send(mvc, get("/api/v1/catalogs").header("Accept", accept).header("Accept-Language", "en"));

            assertThat(response.getStatus()).as(accept).isEqualTo(406);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getHeader("Allow")).isNull();
            JsonNode problem = JSON.readTree(response.getContentAsString());
            assertThat(problem.get("status").asInt()).isEqualTo(406);
            assertThat(problem.get("detail").asString()).contains("application/json");
        }
    }
}
