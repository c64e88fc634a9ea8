package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckServerContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The error pages that Spring Boot renders outside the controllers, through a real server. */
@QuickcheckServerContext
class ErrorPagesIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request, String language)
            throws IOException, InterruptedException {
        return client.send(
                request.header("Accept", "text/html").header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Test
    void showsAFriendlyNotFoundPageInGerman() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/gibt-es-nicht")), "de-DE");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"de\"").contains("Diese Seite gibt es nicht")
                .contains("href=\"/fragebogen\"")
                .contains("href=\"/gibt-es-nicht?lang=en\"");
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFoundRatherThanAServerError() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/error")), "de-DE");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Diese Seite gibt es nicht");
    }

    @Test
    void showsTheNotFoundPageInEnglishWhenAsked() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/gibt-es-nicht?lang=en")), "de-DE");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"en\"").contains("This page does not exist")
                .contains("<meta name=\"description\" content=\"Quickcheck Digital Customer Contact: see in a few minutes");
    }

    @Test
    void showsTheGenericErrorPageWhenAFormArrivesWithoutItsSecurityToken() throws Exception {
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(uri("/fragebogen"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("k=2022")),
                "en");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Something went wrong").contains("Error code: 403")
                .doesNotContain("Exception");
    }
}
