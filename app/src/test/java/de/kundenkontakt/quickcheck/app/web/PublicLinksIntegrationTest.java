package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckServerContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The links a user is told to keep never take their host from a request header someone could forge. */
@QuickcheckServerContext
class PublicLinksIntegrationTest {

    private static final Pattern LOCATION = Pattern.compile("/auswertung/[^/]+/gespeichert");

    @LocalServerPort
    int port;

    /** The links page's path and the cookie that carries the delete token to it once. */
    private record Links(String path, String cookie) {}

    private Links savedLinksPage() throws Exception {
        RawHttp.Response form = RawHttp.get(port, "/fragebogen");
        String cookie = ClientTokens.csrfCookie(form.header("Set-Cookie"));
        byte[] body = ("_csrf=" + ClientTokens.formToken(form.body()) + "&k=2022")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        RawHttp.Response saved = RawHttp.send(port, "POST /auswertungen/entwurf HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nCookie: XSRF-TOKEN=" + cookie, body);
        Matcher location = LOCATION.matcher(String.valueOf(saved.header("Location")));
        assertThat(location.find()).as(saved.status() + " " + saved.header("Location")).isTrue();
        // the delete token comes along once, in a cookie for the links page
        return new Links(location.group(), saved.header("Set-Cookie").split(";")[0]);
    }

    @Test
    void aForgedHostHeaderDoesNotReachTheLinksToKeep() throws Exception {
        Links links = savedLinksPage();

        RawHttp.Response page = RawHttp.send(port, "GET " + links.path() + " HTTP/1.1\r\nHost: evil.example\r\nCookie: " + links.cookie() + "\r\n"
                + "X-Forwarded-Host: evil2.example\r\nX-Forwarded-Proto: https\r\nAccept: text/html", new byte[0]);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("evil.example").doesNotContain("evil2.example")
                .contains("http://127.0.0.1:" + port + "/auswertung/")
                .contains("http://127.0.0.1:" + port + "/loeschen/");
        // the links page says when an untouched draft is deleted (quickcheck.retention.draft-days)
        assertThat(page.body()).contains("90 Tage lang nicht mehr geändert wurde, löschen wir automatisch");
    }

    @Test
    void onThisMachineTheLinksUseTheAddressInTheBrowser() throws Exception {
        Links links = savedLinksPage();

        RawHttp.Response page = RawHttp.send(port, "GET " + links.path() + " HTTP/1.1\r\nCookie: " + links.cookie() + "\r\nHost: localhost:" + port
                + "\r\nX-Forwarded-Host: evil.example\r\nAccept: text/html", new byte[0]);

        assertThat(page.body()).contains("http://localhost:" + port + "/auswertung/").doesNotContain("evil.example");
    }
}
