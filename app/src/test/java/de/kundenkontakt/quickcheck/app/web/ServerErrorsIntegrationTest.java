package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckServerContext;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests the server refuses before any page sees them get the product's bilingual error page with
 * every security header, and leave at most one warning line and no stack trace in the log.
 */
@QuickcheckServerContext
@ExtendWith(OutputCaptureExtension.class)
class ServerErrorsIntegrationTest {

    @LocalServerPort
    int port;

    private static void assertFriendly(RawHttp.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.body())
                .contains("<html lang=\"de\"")
                .contains("<section lang=\"en\">")
                .contains("<link rel=\"stylesheet\" href=\"/css/app.css\">")
                .doesNotContain("Tomcat")
                .doesNotContain("Exception")
                .doesNotContain("<style");
    }

    private static void assertQuietLog(CapturedOutput output, String before) {
        String log = output.getAll().substring(before.length());
        assertThat(log.lines().filter(line -> line.contains(" WARN ")).count()).isLessThanOrEqualTo(1);
        assertThat(log).doesNotContain(" ERROR ").doesNotContain("\tat ");
    }

    @Test
    void anOversizedFormGetsTheFriendly413PageAndOneWarning(CapturedOutput output) throws Exception {
        String before = output.getAll();
        byte[] body = ("x=" + "a".repeat(2 * 1024 * 1024 + 10)).getBytes(StandardCharsets.US_ASCII);

        RawHttp.Response response = RawHttp.send(port, "POST /fragebogen HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded", body);

        assertFriendly(response, 413);
        assertThat(response.body()).contains("Die gesendeten Daten sind zu umfangreich").contains("Too much data was sent");
        assertQuietLog(output, before);
    }

    @Test
    void tooManyParametersGetTheFriendly400Page(CapturedOutput output) throws Exception {
        String before = output.getAll();
        byte[] body = IntStream.range(0, 1100).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.US_ASCII);

        RawHttp.Response response = RawHttp.send(port, "POST /fragebogen HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded", body);

        assertFriendly(response, 400);
        assertQuietLog(output, before);
    }

    @Test
    void anEncodedSlashOrNulInThePathGetsTheFriendly400Page(CapturedOutput output) throws Exception {
        String before = output.getAll();
        for (String target : new String[] {"/auswertung/abc%2Fdef", "/auswertung/abc%00def", "/loeschen/%2e%2e%2F"}) {
            assertFriendly(RawHttp.get(port, target), 400);
        }
        assertQuietLog(output, before);
    }

    @Test
    void anOverlongQueryOrHeaderGetsTheFriendly400PageWithoutLoggingTheRequest(CapturedOutput output)
            throws Exception {
        String before = output.getAll();
        String secret = "Tok3nTok3nTok3nTok3nTok3nTok3n";

        assertFriendly(RawHttp.get(port, "/fragebogen?x=" + secret + "a".repeat(9000)), 400);
        assertFriendly(RawHttp.get(port, "/", "X-Big: " + secret + "b".repeat(9000)), 400);
        assertFriendly(RawHttp.get(port, "/auswertung/" + secret + "\u0001"), 400);

        assertQuietLog(output, before);
        assertThat(output.getAll().substring(before.length())).doesNotContain(secret);
    }
}
