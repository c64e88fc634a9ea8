package de.kundenkontakt.quickcheck.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.OutsideCheckers;
import de.kundenkontakt.quickcheck.app.QuickcheckServerContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document that the running server publishes at {@code /v3/api-docs} passes
 * Spectral's {@code spectral:oas} rules (the repository's {@code .spectral.yaml}) without an
 * error, a warning or any other result.
 */
@QuickcheckServerContext
class OpenApiDocumentIntegrationTest {

    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    @Test
    void thePublishedDocumentPassesSpectralsOpenApiRulesWithoutAResult() throws Exception {
        Path spectral = OutsideCheckers.spectralCli();
        Path ruleset = OutsideCheckers.spectralRuleset();
        assertThat(Files.readString(ruleset)).contains("spectral:oas");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        Path document = folder.resolve("openapi.json");
        Files.writeString(document, response.body(), StandardCharsets.UTF_8);

        OutsideCheckers.Run run = OutsideCheckers.run(List.of(
                "node", spectral.toString(), "lint", document.toString(),
                "--ruleset", ruleset.toString(), "--format", "json", "--quiet", "--fail-severity", "hint"), 180);

        JsonNode results = JsonMapper.shared().readTree(run.out());
        List<String> found = new ArrayList<>();
        for (JsonNode result : results) {
            List<String> path = new ArrayList<>();
            result.path("path").forEach(segment -> path.add(segment.asString()));
            found.add(severity(result.path("severity").asInt()) + " " + result.path("code").asString() + " "
                    + String.join(".", path) + ": " + result.path("message").asString());
        }
        System.out.println("Spectral (spectral:oas): " + found.size() + " results");
        assertThat(results.isArray()).as("Spectral's report: " + run.out() + run.err()).isTrue();
        assertThat(found).as("Spectral results").isEmpty();
        assertThat(run.exitCode()).as("Spectral's exit code; " + run.err()).isZero();
    }

    private static String severity(int level) {
        return switch (level) {
            case 0 -> "error";
            case 1 -> "warning";
            case 2 -> "info";
            default -> "hint";
        };
    }
}
