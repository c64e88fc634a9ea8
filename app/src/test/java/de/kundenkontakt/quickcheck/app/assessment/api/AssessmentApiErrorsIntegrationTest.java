package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.api.ApiCalls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapping of the assessment exceptions for any controller of the API package (such as the PDF
 * report's), and what a defect writes to the log: never a token.
 */
@QuickcheckContext
@ExtendWith(OutputCaptureExtension.class)
class AssessmentApiErrorsIntegrationTest {

    private static final String BASE = ThrowingApiController.BASE;

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse send(String path, String language) throws Exception {
        return ApiCalls.send(mvc, get(path).header("Accept-Language", language));
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).startsWith("application/problem+json");
        return JsonMapper.builder().build().readTree(response.getContentAsString());
    }

    @Test
    void mapsAssessmentNotFoundFromAnyApiControllerToAFriendly404() throws Exception {
        String token = AccessToken.generate().value();
        MockHttpServletResponse response = send(BASE + token + "/test-only-not-found", "en");

        assertThat(response.getStatus()).isEqualTo(404);
        JsonNode problem = json(response);
        assertThat(problem.get("title").asString()).isEqualTo("Assessment not found");
        assertThat(problem.get("detail").asString()).contains("deleted");
        assertThat(response.getContentAsString()).doesNotContain(token);
        assertThat(problem.get("instance").asString()).isEqualTo(BASE + token.substring(0, 6) + "…/test-only-not-found");
    }

    @Test
    void mapsInvalidAssessmentAndAnswersTo422NamingEachField() throws Exception {
        MockHttpServletResponse invalid = send(BASE + "x/test-only-invalid", "de");
        assertThat(invalid.getStatus()).isEqualTo(422);
        List<String> fields = json(invalid).get("errors").valueStream()
                .map(e -> e.get("field").asString() + ": " + e.get("message").asString())
                .toList();
        assertThat(fields).containsExactly(
                "profile.market: unbekannter Wert \"b2g\"; erlaubt: b2b, b2c, both",
                "currentState.fax: unbekannter Kanal \"fax\"");

        MockHttpServletResponse answers = send(BASE + "x/test-only-answers", "en");
        assertThat(answers.getStatus()).isEqualTo(422);
        assertThat(json(answers).get("errors").get(0).get("message").asString()).isEqualTo("question not answered");
    }

    @Test
    void logsADefectWithTheTokenMasked(CapturedOutput output) throws Exception {
        String token = AccessToken.generate().value();
        MockHttpServletResponse response = send(BASE + token + "/test-only-defect", "de");

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).doesNotContain(token).doesNotContain("defect while handling");
        assertThat(output.getAll())
                .contains("API request GET " + BASE + token.substring(0, 6) + "…/test-only-defect failed")
                .contains("defect while handling")
                .doesNotContain(token);
    }
}
