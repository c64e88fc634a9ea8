package de.kundenkontakt.quickcheck.app.account;

import static de.kundenkontakt.quickcheck.app.account.Workspace.from;
import static de.kundenkontakt.quickcheck.app.account.Workspace.newAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditEvent;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Signing in and out through the sign-in form, its errors, its audit entries and its throttling. */
class SignInIntegrationTest extends WorkspaceIntegrationTest {





    Account account;

    @BeforeEach
    void account() {
        account = workspace.newAccount("anmeldung", Role.CONSULTANT);
    }

    MockHttpServletResponse submit(String email, String password, String address, String language) throws Exception {
        return mvc.perform(from(post("/anmelden"), address)
                        .with(csrf())
                        .header("Accept-Language", language)
                        .param("email", email)
                        .param("password", password))
                .andReturn()
                .getResponse();
    }

    MockHttpServletResponse submit(String email, String password, String address) throws Exception {
        return submit(email, password, address, "de");
    }

    @Test
    void theRightPasswordStartsASessionThatOpensTheWorkspace() throws Exception {
        MockHttpServletResponse response = submit(account.email().toUpperCase(), Workspace.PASSWORD, newAddress());

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/arbeitsbereich");
        Cookie session = response.getCookie("SESSION");
        assertThat(session).isNotNull();
        Document page = Jsoup.parse(mvc.perform(get("/arbeitsbereich").cookie(session)).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Ihr Arbeitsbereich");
        assertThat(page.select(".workspace-nav__who").text()).isEqualTo("Angemeldet als " + account.email() + " (Berater/in)");
        assertThat(audit(AuditAction.SIGN_IN, account.email())).hasSize(1);
        assertThat(accounts.find(account.id()).orElseThrow().lastSignInAt()).isPresent();
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithAnErrorSummaryAndKeepsTheAddress() throws Exception {
        MockHttpServletResponse response = submit(account.email(), "Falsches Passwort 123", newAddress());

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getCookie("SESSION")).isNull();
        String html = response.getContentAsString();
        assertThat(html).doesNotContain("Falsches Passwort 123");
        Document page = Jsoup.parse(html);
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#email");
        assertThat(page.select(".error-summary a").text()).startsWith("E-Mail-Adresse oder Passwort stimmt nicht.");
        assertThat(page.getElementById("email").val()).isEqualTo(account.email());
        assertThat(page.getElementById("password").hasAttr("value")).isFalse();
        List<AuditEvent> failures = audit(AuditAction.SIGN_IN_FAILED, account.email());
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).actor().orElseThrow().id()).isEqualTo(account.id());
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAsAWrongPassword() throws Exception {
        String unknown = Workspace.newEmail("unbekannt");
        MockHttpServletResponse response = submit(unknown, Workspace.PASSWORD, newAddress(), "en");

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".error-summary a").text()).startsWith("The email address or the password is wrong.");
        assertThat(page.select("h1").text()).isEqualTo("Sign in to the workspace");
    }

    @Test
    void emptyFieldsAreNamedInTheErrorSummaryAndDoNotCountAsFailures() throws Exception {
        String address = newAddress();
        MockHttpServletResponse response = submit(" ", "", address);

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#email", "#password");
        assertThat(page.select("#email-error").text()).isEqualTo("Fehler: Geben Sie Ihre E-Mail-Adresse ein.");
        assertThat(page.select("#password-error").text()).isEqualTo("Fehler: Geben Sie Ihr Passwort ein.");
        assertThat(page.getElementById("email").attr("aria-describedby")).isEqualTo("email-error");
        assertThat(failuresFrom(address)).isZero();
    }

    @Test
    void aDeactivatedAccountCannotSignIn() throws Exception {
        Account admin = workspace.newAccount("chef", Role.ADMINISTRATOR);
        accounts.deactivate(account.id(), admin.actor());

        MockHttpServletResponse response = submit(account.email(), Workspace.PASSWORD, newAddress());

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getCookie("SESSION")).isNull();
    }

    @Test
    void signingOutEndsTheSessionEverywhere() throws Exception {
        Cookie session = workspace.signIn(account);

        MockHttpServletResponse response = mvc.perform(post("/abmelden").cookie(session).with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/anmelden?hinweis=abgemeldet");
        assertThat(mvc.perform(get("/arbeitsbereich").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/anmelden");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :email")
                        .param("email", account.email())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(audit(AuditAction.SIGN_OUT, account.email())).hasSize(1);
        Document page = Jsoup.parse(mvc.perform(get("/anmelden").param("hinweis", "abgemeldet")).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".notice").text()).isEqualTo("Sie sind abgemeldet.");
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        Cookie session = workspace.signIn(account);

        MockHttpServletResponse signIn = mvc.perform(post("/anmelden")
                        .param("email", account.email())
                        .param("password", Workspace.PASSWORD))
                .andReturn()
                .getResponse();
        MockHttpServletResponse signOut = mvc.perform(post("/abmelden").cookie(session)).andReturn().getResponse();
        MockHttpServletResponse token = mvc.perform(post("/arbeitsbereich/konto/schluessel").cookie(session).param("name", "x"))
                .andReturn()
                .getResponse();

        for (MockHttpServletResponse refused : List.of(signIn, signOut, token)) {
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getForwardedUrl()).isEqualTo("/kein-zugriff");
        }
        assertThat(mvc.perform(get("/arbeitsbereich").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(accounts.find(account.id()).orElseThrow().lastSignInAt()).isPresent();
    }

    @Test
    void afterTenFailuresForOneAccountEvenTheRightPasswordGets429WithRetryAfter() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(submit(account.email(), "Falsches Passwort " + i, newAddress()).getStatus()).as("attempt " + i).isEqualTo(422);
        }

        MockHttpServletResponse response = submit(account.email(), Workspace.PASSWORD, newAddress());

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(response.getHeader("Retry-After"))).isBetween(880L, 900L);
        assertThat(response.getCookie("SESSION")).isNull();
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".error-summary a").text())
                .isEqualTo("Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in 15 Minuten wieder.");
        assertThat(audit(AuditAction.SIGN_IN_FAILED, account.email())).hasSize(10);
    }

    @Test
    void afterTenFailuresFromOneAddressThatAddressWaitsButOthersDoNot() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(submit(Workspace.newEmail("raten"), Workspace.PASSWORD, address).getStatus()).isEqualTo(422);
        }

        MockHttpServletResponse refused = submit(account.email(), Workspace.PASSWORD, address, "en");
        MockHttpServletResponse elsewhere = submit(account.email(), Workspace.PASSWORD, newAddress());

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotNull();
        assertThat(Jsoup.parse(refused.getContentAsString()).select(".error-summary a").text())
                .isEqualTo("Too many failed sign-ins. Try again in 15 minutes.");
        assertThat(elsewhere.getStatus()).isEqualTo(302);
    }

    @Test
    void failuresCountOnlyWithinTheLastFifteenMinutesAndTheWaitEndsWhenTheOldestLeaves() throws Exception {
        String address = newAddress();
        Instant now = Instant.now();
        for (int i = 0; i < 9; i++) {
            insertFailure(address, now.minus(14, ChronoUnit.MINUTES));
        }
        insertFailure(address, now.minus(16, ChronoUnit.MINUTES));
        assertThat(submit(account.email(), Workspace.PASSWORD, address).getStatus()).isEqualTo(302);

        insertFailure(address, now.minus(1, ChronoUnit.MINUTES));
        MockHttpServletResponse refused = submit(account.email(), Workspace.PASSWORD, address);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(50L, 61L);
        assertThat(Jsoup.parse(refused.getContentAsString()).select(".error-summary a").text())
                .isEqualTo("Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in einer Minute wieder.");
    }

    private void insertFailure(String address, Instant at) {
        jdbc.sql("INSERT INTO sign_in_failure (login_key, client_address, occurred_at) VALUES (:key, :address, :at)")
                .param("key", SignInThrottle.loginKey(Workspace.newEmail("alt")))
                .param("address", address)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    private long failuresFrom(String address) {
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE client_address = :address")
                .param("address", address)
                .query(Long.class)
                .single();
    }
}
