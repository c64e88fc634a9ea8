package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckServerContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How a page chooses its language, through a real server: {@code ?lang=de|en} switches and is
 * remembered in the cookie {@code lang} for a year; the cookie wins over Accept-Language; other
 * values are ignored; German when nothing names a language we speak.
 */
@QuickcheckServerContext
class PageLanguageIntegrationTest {

    /** A page that is rendered for each request (not one of the shared, cached pages). */
    private static final String PAGE = "/fragebogen";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String languageOf(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body().contains("<html lang=\"en\"") ? "en" : page.body().contains("<html lang=\"de\"") ? "de" : "?";
    }

    private static List<String> languageCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("lang=")).toList();
    }

    @Test
    void theSwitchChangesTheLanguageAndRemembersItForAYear() throws Exception {
        HttpResponse<String> page = get(PAGE + "?lang=en", "Accept-Language", "de");

        assertThat(languageOf(page)).isEqualTo("en");
        assertThat(languageCookies(page)).singleElement().satisfies(cookie -> assertThat(cookie.split(";\\s*"))
                .contains("lang=en", "Path=/", "Max-Age=31536000", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void theCookieWinsOverAcceptLanguage() throws Exception {
        assertThat(languageOf(get(PAGE, "Cookie", "lang=en", "Accept-Language", "de"))).isEqualTo("en");
        assertThat(languageOf(get(PAGE, "Cookie", "lang=de", "Accept-Language", "en"))).isEqualTo("de");
    }

    @Test
    void withoutACookieAcceptLanguageDecidesAndGermanIsTheDefault() throws Exception {
        assertThat(languageOf(get(PAGE, "Accept-Language", "en-GB, de;q=0.5"))).isEqualTo("en");
        assertThat(languageOf(get(PAGE, "Accept-Language", "fr"))).isEqualTo("de");
        assertThat(languageOf(get(PAGE))).isEqualTo("de");
    }

    @Test
    void languagesWeDoNotSpeakAreIgnoredInTheQueryAndInTheCookie() throws Exception {
        HttpResponse<String> switched = get(PAGE + "?lang=fr", "Accept-Language", "en");
        assertThat(languageOf(switched)).isEqualTo("en");
        assertThat(languageCookies(switched)).isEmpty();

        assertThat(languageOf(get(PAGE, "Cookie", "lang=fr", "Accept-Language", "en"))).isEqualTo("en");
    }
}
