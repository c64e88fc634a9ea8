package de.kundenkontakt.quickcheck.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.assessment.RequiresPostgres;
import de.kundenkontakt.quickcheck.app.assessment.TestPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances behind an imagined proxy share one PostgreSQL: a session started on
 * one works on the other, a sign-out on the other ends it on both, and the failed sign-ins that
 * one counts the other counts too. The instances trust the proxy's {@code X-Forwarded-For}, as
 * they must behind a real one ({@code server.forward-headers-strategy=native}), so each test
 * stands for a client address of its own.
 */
@RequiresPostgres
class TwoInstancesSessionIntegrationTest {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        first = TestPostgres.startInstance("--server.forward-headers-strategy=native");
        second = TestPostgres.startInstance("--server.forward-headers-strategy=native");
    }

    @AfterAll
    static void stopThem() {
        TestPostgres.stop(first, second);
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    @Test
    void oneSignedInSessionWorksOnBothInstancesAndEndsOnBoth() throws Exception {
        Account account = first.getBean(AccountService.class)
                .create(Workspace.newEmail("zwei-server"), Role.CONSULTANT, Workspace.PASSWORD, null);
        Browserless browser = new Browserless(Workspace.newAddress());
        assertThat(port(first)).isNotEqualTo(port(second));

        assertThat(browser.signIn(port(first), account.email(), Workspace.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> onSecond = browser.get(port(second), "/arbeitsbereich/konto");

        assertThat(onSecond.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(onSecond.body()).select(".summary-list dd").first().text()).isEqualTo(account.email());
        HttpResponse<String> signedOut = browser.submit(port(second), "/arbeitsbereich", "/abmelden", Map.of());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(browser.get(port(first), "/arbeitsbereich").headers().firstValue("Location").orElseThrow()).endsWith("/anmelden");
    }

    @Test
    void behindAProxyThatEndsHttpsTheCookiesAreSecure() throws Exception {
        Account account = first.getBean(AccountService.class)
                .create(Workspace.newEmail("https"), Role.CONSULTANT, Workspace.PASSWORD, null);
        // by hand: a client over http keeps Secure cookies to itself, as it should
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String address = Workspace.newAddress();
        HttpResponse<String> page = client.send(viaHttps(port(first), "/anmelden", address).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String csrfCookie = Browserless.setCookies(page, "XSRF-TOKEN").get(0);
        String token = Jsoup.parse(page.body()).select("input[name=_csrf]").val();
        String form = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&email=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Workspace.PASSWORD, StandardCharsets.UTF_8);

        HttpResponse<String> signedIn = client.send(viaHttps(port(first), "/anmelden", address)
                        .header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(csrfCookie).contains("; Secure");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(Browserless.setCookies(signedIn, "SESSION")).singleElement().asString()
                .contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
    }

    private static HttpRequest.Builder viaHttps(int port, String path, String clientAddress) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", clientAddress)
                .header("X-Forwarded-Proto", "https");
    }

    @Test
    void failedSignInsOnOneInstanceCountOnTheOther() throws Exception {
        Account account = first.getBean(AccountService.class)
                .create(Workspace.newEmail("zaehlen"), Role.CONSULTANT, Workspace.PASSWORD, null);
        Browserless browser = new Browserless(Workspace.newAddress());
        for (int i = 0; i < 10; i++) {
            int port = port(i % 2 == 0 ? first : second);
            assertThat(browser.signIn(port, account.email(), "Falsches Passwort " + i).statusCode()).isEqualTo(422);
        }

        assertThat(browser.signIn(port(first), account.email(), Workspace.PASSWORD).statusCode()).isEqualTo(429);
        assertThat(browser.signIn(port(second), account.email(), Workspace.PASSWORD).statusCode()).isEqualTo(429);
    }
}
