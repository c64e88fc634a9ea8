package de.kundenkontakt.quickcheck.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckServerContext;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions and CSRF through a real server and a client without JavaScript: public pages and
 * forms create no session, the sign-in cookie is HttpOnly and SameSite=Lax (and not Secure over
 * plain HTTP), a form without a valid token gets the friendly 403 page, and so does a consultant
 * on an administrator's page. (Throttling is tested with MockMvc, which can vary the client
 * address, and between two instances behind a proxy.)
 */
@QuickcheckServerContext
class SessionCookieIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    long sessions() {
        return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Long.class).single();
    }

    Account account(Role role) {
        return accounts.create(Workspace.newEmail("echt"), role, Workspace.PASSWORD, null);
    }

    @Test
    void publicPagesAndTheirFormsCreateNoSession() throws Exception {
        Browserless browser = new Browserless();
        long before = sessions();

        for (String path : List.of("/", "/fragebogen", "/kanaele", "/hilfe", "/anmelden", "/arbeitsbereich", "/api/v1/catalogs")) {
            HttpResponse<String> response = browser.get(port, path);
            assertThat(response.statusCode()).as(path).isIn(200, 302);
            assertThat(Browserless.setCookies(response, "SESSION")).as(path).isEmpty();
        }
        String token = Jsoup.parse(browser.get(port, "/anmelden").body()).select("input[name=_csrf]").val();
        HttpResponse<String> saved = browser.post(port, "/auswertungen", Map.of("_csrf", token, "k", "2022", "a", "32103210321032"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/auswertung/");
        assertThat(browser.cookieNames()).doesNotContain("SESSION");
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void signingInSetsAnHttpOnlySameSiteSessionCookieStoredInTheDatabase() throws Exception {
        Account account = account(Role.CONSULTANT);
        Browserless browser = new Browserless();
        long before = sessions();

        HttpResponse<String> response = browser.signIn(port, account.email(), Workspace.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        List<String> cookie = Browserless.setCookies(response, "SESSION");
        assertThat(cookie).hasSize(1);
        assertThat(cookie.get(0)).contains("; HttpOnly").contains("; SameSite=Lax").doesNotContain("Secure");
        assertThat(sessions()).isEqualTo(before + 1);
        assertThat(browser.get(port, "/arbeitsbereich").body()).contains("Angemeldet als " + account.email());
    }

    @Test
    void aFormWithoutItsTokenGetsTheFriendly403PageAndNoSession() throws Exception {
        Account account = account(Role.CONSULTANT);
        Browserless browser = new Browserless();

        HttpResponse<String> response = browser.post(port, "/anmelden", Map.of("email", account.email(), "password", Workspace.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Kein Zugriff auf diese Seite");
        assertThat(response.body()).contains("Das Formular war abgelaufen");
        assertThat(Browserless.setCookies(response, "SESSION")).isEmpty();
    }

    @Test
    void aConsultantOnAnAdministratorsPageGetsTheFriendly403Page() throws Exception {
        Account account = account(Role.CONSULTANT);
        Browserless browser = new Browserless();
        browser.signIn(port, account.email(), Workspace.PASSWORD);

        HttpResponse<String> response = browser.get(port, "/arbeitsbereich/verwaltung");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Diese Seite ist der Administration vorbehalten.");
    }

    @Test
    void theSignInErrorPageRendersForReal() throws Exception {
        Account account = account(Role.CONSULTANT);

        // one failure only: every request here comes from 127.0.0.1, which ten would block for the browser tests
        HttpResponse<String> wrong = new Browserless().signIn(port, account.email(), "Falsches Passwort 1");

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(wrong.body()).select(".error-summary a").attr("href")).isEqualTo("#email");
    }
}
