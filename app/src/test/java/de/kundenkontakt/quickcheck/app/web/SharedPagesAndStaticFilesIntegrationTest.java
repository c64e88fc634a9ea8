package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckServerContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What browsers and caches see of the speed-ups, through a real server: static files under
 * content-hashed names, immutable; shared pages with an ETag, a 304 and gzip; security headers on
 * every answer.
 */
@QuickcheckServerContext
class SharedPagesAndStaticFilesIntegrationTest {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"");

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void pagesLinkStaticFilesByContentHashAndOtherPagesByTheirPlainPath() throws Exception {
        String page = text(get("/kanaele/website"));

        assertThat(page).containsPattern(STYLESHEET).containsPattern("src=\"/js/app-[0-9a-f]{32}\\.js\"");
        assertThat(page).contains("href=\"/kanaele\"").contains("href=\"/fragebogen\"");
    }

    @Test
    void hashedStaticFilesMayBeCachedForAYearAsImmutable() throws Exception {
        Matcher stylesheet = STYLESHEET.matcher(text(get("/")));
        assertThat(stylesheet.find()).isTrue();

        HttpResponse<byte[]> css = get(stylesheet.group(1));

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("immutable").contains("max-age=31536000"));
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void everyLinkedStaticFileIsServed() throws Exception {
        Matcher linked = Pattern.compile("(?:href|src)=\"(/(?:css|js|favicon)[^\"]*-[0-9a-f]{32}\\.[a-z]+)\"")
                .matcher(text(get("/")));
        int count = 0;
        while (linked.find()) {
            count++;
            assertThat(get(linked.group(1)).statusCode()).as(linked.group(1)).isEqualTo(200);
        }
        assertThat(count).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aPageLinkIsNeverServedAsAStaticFile() throws Exception {
        assertThat(get("/css/kanaele").statusCode()).isEqualTo(404);
        assertThat(get("/app.css").statusCode()).isEqualTo(404);
    }

    @Test
    void sharedPageAnswersWith304WhenTheBrowserHasItAndKeepsSecurityHeaders() throws Exception {
        HttpResponse<byte[]> first = get("/glossar", "Accept-Language", "de");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get("/glossar", "Accept-Language", "de");

        HttpResponse<byte[]> revalidated = get("/glossar", "Accept-Language", "de", "If-None-Match", etag);

        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(text(again)).isEqualTo(text(first));
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        for (HttpResponse<byte[]> response : java.util.List.of(first, again, revalidated)) {
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void sharedPagesAreKeptPerLanguageAndTheLanguageSwitchStillRemembersTheChoice() throws Exception {
        get("/hilfe?lang=en");
        HttpResponse<byte[]> english = get("/hilfe?lang=en");
        HttpResponse<byte[]> german = get("/hilfe", "Accept-Language", "de");

        assertThat(text(english)).contains("<html lang=\"en\"");
        assertThat(english.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("lang=en"));
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(text(german)).contains("<html lang=\"de\"");
        assertThat(german.headers().firstValue("ETag")).isNotEqualTo(english.headers().firstValue("ETag"));
    }

    @Test
    void sharedPagesAreSentCompressedToBrowsersThatAcceptGzip() throws Exception {
        String plain = text(get("/kanaele/chatbot", "Accept-Language", "de"));

        HttpResponse<byte[]> compressed = get("/kanaele/chatbot", "Accept-Language", "de", "Accept-Encoding", "gzip");

        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.body().length).isLessThan(plain.length() / 2);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
        }
    }

    @Test
    void pagesWithAQueryOfTheirOwnAreRenderedEachTime() throws Exception {
        HttpResponse<byte[]> filtered = get("/kanaele?phase=interest");

        assertThat(filtered.statusCode()).isEqualTo(200);
        assertThat(filtered.headers().firstValue("ETag")).isEmpty();
    }
}
