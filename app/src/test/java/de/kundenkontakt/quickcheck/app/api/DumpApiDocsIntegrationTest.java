package de.kundenkontakt.quickcheck.app.api;

import de.kundenkontakt.quickcheck.app.QuickcheckServerContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@QuickcheckServerContext
class DumpApiDocsIntegrationTest {
    @LocalServerPort
    int port;

    @Test
    void dump() throws Exception {
        String body = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        Files.writeString(Path.of(System.getProperty("dump.to", "/tmp/dapi/apidocs.json")), body);
    }
}
