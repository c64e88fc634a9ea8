package de.kundenkontakt.quickcheck.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckServerContext;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API over real HTTP on localhost: what MockMvc cannot show (chunked bodies, headers of the whole chain). */
@QuickcheckServerContext
class ApiHttpIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void refusesAChunkedBodyAbove64KiBWith413() throws Exception {
        byte[] big = ("{\"answers\": {}}" + " ".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(request("/api/v1/evaluations")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"title\":\"Body too large\"");
    }

    @Test
    void refusesAnAnnouncedBodyAbove64KiBWith413BeforeReadingIt() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/evaluations")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"answers\": {}}" + " ".repeat(100_000))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"title\":\"Inhalt zu groß\"");
    }

    @Test
    void keepsTheStrictContentSecurityPolicyOnTheApiAndRelaxesOnlyStylesForSwaggerUi() throws Exception {
        String api = send(request("/api/v1/catalogs").GET()).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(api).contains("style-src 'self';").doesNotContain("unsafe");

        HttpResponse<String> swagger = send(request("/swagger-ui/index.html").GET());
        assertThat(swagger.statusCode()).isEqualTo(200);
        String policy = swagger.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("style-src 'self' 'unsafe-inline';").contains("script-src 'self';");
        assertThat(policy).doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
    }
}
