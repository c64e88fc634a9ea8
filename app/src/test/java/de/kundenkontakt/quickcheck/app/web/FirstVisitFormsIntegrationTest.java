package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckServerContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A private link opened with an empty cookie jar (another device, a colleague, a returning user):
 * the page must hand out its CSRF cookie however long it is, so that its first form works.
 */
@QuickcheckServerContext
class FirstVisitFormsIntegrationTest {

    @LocalServerPort
    int port;

    private String savedAssessment() throws Exception {
        String answers = "{\"synchrone-kommunikation\":\"wichtig\",\"verfuegbarkeit-24-7\":\"sehr-wichtig\","
                + "\"reichweite\":\"sehr-wichtig\",\"kosten-zeitersparnis\":\"wichtig\",\"visualisierung\":\"unwichtig\","
                + "\"kundenbeziehung\":\"sehr-wichtig\",\"kundeninformationen\":\"wichtig\",\"absatzkanaele\":\"wichtig\","
                + "\"glaubwuerdigkeit\":\"sehr-wichtig\",\"automatisierung-service\":\"weniger-wichtig\","
                + "\"kundenakquise\":\"sehr-wichtig\",\"automatisierung-vertrieb\":\"unwichtig\","
                + "\"einstiegskosten\":\"wichtig\",\"laufende-kosten\":\"wichtig\"}";
        HttpResponse<String> created = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/assessments"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"answers\":" + answers
                                + ",\"currentState\":{\"website\":\"in-use\",\"blog\":\"planned\"}}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        return ClientTokens.jsonField(created.body(), "token");
    }

    @Test
    void aLongAssessmentPageSetsTheCsrfCookieAndItsFirstFormIsAccepted() throws Exception {
        String token = savedAssessment();

        RawHttp.Response page = RawHttp.get(port, "/auswertung/" + token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().length()).as("a page long enough to commit before its first form").isGreaterThan(50_000);
        String setCookie = page.header("Set-Cookie");
        assertThat(setCookie).startsWith("XSRF-TOKEN=").contains("SameSite=Lax").contains("HttpOnly");
        String cookie = ClientTokens.csrfCookie(setCookie);
        String csrf = ClientTokens.formToken(page.body());

        byte[] form = ("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                        + "&companyName=Tischlerei+M%C3%BCller&industry=C&sizeClass=10-49&region=DE-BY&market=both")
                .getBytes(StandardCharsets.US_ASCII);
        RawHttp.Response saved = RawHttp.send(port, "POST /auswertung/" + token + "/profil HTTP/1.1\r\nHost: 127.0.0.1:"
                + port + "\r\nContent-Type: application/x-www-form-urlencoded\r\nCookie: XSRF-TOKEN=" + cookie, form);

        assertThat(saved.status()).isBetween(300, 399);
        assertThat(RawHttp.get(port, "/auswertung/" + token).body()).contains("Tischlerei Müller");
    }

    @Test
    void shortPagesWithFormsSetTheCookieToo() throws Exception {
        for (String path : new String[] {"/fragebogen", "/"}) {
            RawHttp.Response page = RawHttp.get(port, path);

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Set-Cookie")).as(path).startsWith("XSRF-TOKEN=").contains("SameSite=Lax");
        }
    }

    @Test
    void apiResponsesAndStaticFilesSetNoCookie() throws Exception {
        assertThat(RawHttp.get(port, "/api/v1/catalogs", "Accept: application/json").header("Set-Cookie")).isNull();
        assertThat(RawHttp.get(port, "/css/app.css").header("Set-Cookie")).isNull();
    }
}
