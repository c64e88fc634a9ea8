package de.kundenkontakt.quickcheck.app.ratelimit;

import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.api.ApiCalls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Writes and reports are limited per client address; evaluating and reading are not. The limits
 * are on only during each test ({@link RateLimitsOn}), with the test JVMs' small allowances; each
 * test uses its own client address besides.
 */
@QuickcheckContext
class RateLimitsIntegrationTest {

    private static final String ANSWERS = "{\"answers\":{\"synchrone-kommunikation\":\"wichtig\",\"verfuegbarkeit-24-7\":\"wichtig\","
            + "\"reichweite\":\"wichtig\",\"kosten-zeitersparnis\":\"wichtig\",\"visualisierung\":\"wichtig\","
            + "\"kundenbeziehung\":\"wichtig\",\"kundeninformationen\":\"wichtig\",\"absatzkanaele\":\"wichtig\","
            + "\"glaubwuerdigkeit\":\"wichtig\",\"automatisierung-service\":\"wichtig\",\"kundenakquise\":\"wichtig\","
            + "\"automatisierung-vertrieb\":\"wichtig\",\"einstiegskosten\":\"wichtig\",\"laufende-kosten\":\"wichtig\"}}";

    @Autowired
    MockMvc mvc;

    @Autowired
    RateLimits limits;

    private RateLimitsOn on;

    @BeforeEach
    void switchLimitsOn() {
        on = RateLimitsOn.in(limits);
    }

    @AfterEach
    void switchLimitsOff() {
        on.close();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String client) throws Exception {
        return ApiCalls.send(mvc, Workspace.from(request, client));
    }

    private MockHttpServletResponse create(String client) throws Exception {
        return send(post("/api/v1/assessments").contentType("application/json").content(ANSWERS)
                .header("Accept-Language", "en"), client);
    }

    private static String token(MockHttpServletResponse created) throws Exception {
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(created.getContentAsString());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    @Test
    void theApiRefusesTheCreateBeyondTheAllowanceWith429ProblemAndRetryAfter() throws Exception {
        for (int i = 0; i < on.allowance("create"); i++) {
            assertThat(create("192.0.2.1").getStatus()).isEqualTo(201);
        }

        MockHttpServletResponse refused = create("192.0.2.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
        assertThat(refused.getContentAsString()).contains("\"status\":429").contains("Too many new assessments");
        // another address is not affected
        assertThat(create("192.0.2.2").getStatus()).isEqualTo(201);
    }

    @Test
    void editsAndReportsHaveLimitsOfTheirOwnWhileReadingStaysFree() throws Exception {
        String token = token(create("192.0.2.3"));

        for (int i = 0; i < on.allowance("edit"); i++) {
            assertThat(send(patch("/api/v1/assessments/" + token).contentType("application/json")
                    .content("{\"profile\":{\"companyName\":\"Nr " + i + "\"}}"), "192.0.2.3").getStatus()).isEqualTo(200);
        }
        assertThat(send(patch("/api/v1/assessments/" + token).contentType("application/json")
                .content("{\"profile\":{\"companyName\":\"zu viel\"}}"), "192.0.2.3").getStatus()).isEqualTo(429);

        for (int i = 0; i < on.allowance("pdf"); i++) {
            assertThat(send(get("/api/v1/assessments/" + token + "/report.pdf"), "192.0.2.3").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse secondPdf = send(get("/auswertung/" + token + "/bericht.pdf"), "192.0.2.3");
        assertThat(secondPdf.getStatus()).isEqualTo(429);
        assertThat(secondPdf.getHeader("Retry-After")).isNotBlank();
        assertThat(secondPdf.getContentAsString()).contains("PDF");

        for (int i = 0; i < 10; i++) {
            assertThat(send(get("/api/v1/assessments/" + token), "192.0.2.3").getStatus()).isEqualTo(200);
            assertThat(send(get("/auswertung/" + token), "192.0.2.3").getStatus()).isEqualTo(200);
            assertThat(send(post("/api/v1/evaluations").contentType("application/json").content(ANSWERS), "192.0.2.3")
                    .getStatus()).isEqualTo(200);
        }
    }

    @Test
    void pagesShowAFriendly429PageInTheUsersLanguage() throws Exception {
        for (int i = 0; i < on.allowance("create"); i++) {
            assertThat(send(post("/auswertungen/entwurf").param("k", "2022").with(csrf()), "192.0.2.4").getStatus())
                    .isEqualTo(302);
        }

        MockHttpServletResponse refused =
                send(post("/auswertungen/entwurf").param("k", "2022").param("lang", "en").with(csrf()), "192.0.2.4");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentAsString()).contains("Please wait a moment").contains("saved a great many assessments")
                .contains("<html lang=\"en\"");
    }
}
