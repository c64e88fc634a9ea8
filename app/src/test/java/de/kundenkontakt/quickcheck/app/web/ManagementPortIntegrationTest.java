package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckServerContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Health and metrics answer on the management port, never on the public one. */
@QuickcheckServerContext
class ManagementPortIntegrationTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(int onPort, String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsUpAndIncludesTheDatabase() throws Exception {
        HttpResponse<String> health = get(managementPort, "/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(health.body());
        assertThat(body.at("/status").asString()).isEqualTo("UP");
        assertThat(body.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(body.at("/components/db/details/database").asString()).isEqualTo("H2");
    }

    @Test
    void prometheusMetricsShowTheTimingsOfRequests() throws Exception {
        get(port, "/glossar");

        // The request's timing is recorded as its filter chain ends, which may be just after the
        // client has the answer: look again for a few seconds before judging.
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        for (int i = 0; i < 50 && !metrics.body().contains("uri=\"/glossar\""); i++) {
            Thread.sleep(200);
            metrics = get(managementPort, "/actuator/prometheus");
        }

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/glossar\"")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void thePublicPortDoesNotAnswerForTheManagementEndpoints() throws Exception {
        assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(404);
        assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(404);
    }
}
