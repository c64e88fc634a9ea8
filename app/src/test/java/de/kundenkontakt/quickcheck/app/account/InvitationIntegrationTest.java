package de.kundenkontakt.quickcheck.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditFilter;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Invitations: created by an administrator, used once by the invited person, dead after seven days. */
class InvitationIntegrationTest extends WorkspaceIntegrationTest {





    Cookie admin;

    @BeforeEach
    void signInAsAdministrator() throws Exception {
        admin = workspace.signIn(workspace.newAccount("leitung", Role.ADMINISTRATOR));
    }

    /** Invites the address through the page and returns the link's path. */
    String invite(String email) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/arbeitsbereich/verwaltung/einladen")
                        .cookie(admin)
                        .with(csrf())
                        .param("email", email))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String link = Jsoup.parse(response.getContentAsString()).getElementById("einladungslink").val();
        assertThat(link).matches("http://localhost/einladung/[A-Za-z0-9_-]{43}");
        return link.substring("http://localhost".length());
    }

    MockHttpServletResponse accept(String path, String password, String again) throws Exception {
        return mvc.perform(post(path).with(csrf()).param("password", password).param("confirmPassword", again))
                .andReturn()
                .getResponse();
    }

    @Test
    void theInvitedPersonSetsAPasswordOnceAndThenSignsIn() throws Exception {
        String email = Workspace.newEmail("eingeladen");
        String path = invite(email.toUpperCase());

        Document form = Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
        assertThat(form.select("h1").text()).isEqualTo("Willkommen im Arbeitsbereich");
        assertThat(form.select(".lead").text()).contains(email);
        MockHttpServletResponse created = accept(path, "Mein eigenes Passwort 2026", "Mein eigenes Passwort 2026");

        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(created.getRedirectedUrl()).isEqualTo("/anmelden?hinweis=konto-angelegt");
        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.CONSULTANT);
        workspace.signIn(email, "Mein eigenes Passwort 2026");
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpServletResponse again = accept(path, "Ein anderes Passwort 2026", "Ein anderes Passwort 2026");
        assertThat(again.getStatus()).isEqualTo(404);
        assertThat(Jsoup.parse(again.getContentAsString()).select("h1").text()).isEqualTo("Dieser Einladungslink funktioniert nicht");
        workspace.signIn(email, "Mein eigenes Passwort 2026");
        assertThat(auditLog.find(new AuditFilter(AuditAction.INVITATION_CREATED, email, null, null, null))).hasSize(1);
        assertThat(auditLog.find(new AuditFilter(AuditAction.INVITATION_ACCEPTED, email, null, null, null))).hasSize(1);
    }

    @Test
    void aWeakOrMistypedPasswordKeepsTheLinkOpen() throws Exception {
        String email = Workspace.newEmail("tippfehler");
        String path = invite(email);

        MockHttpServletResponse weak = accept(path, "kurz", "kurz");
        MockHttpServletResponse mismatch = accept(path, "Mein eigenes Passwort 2026", "Mein eigenes Passwort 2027");

        assertThat(weak.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(weak.getContentAsString()).select("#password-error").text())
                .isEqualTo("Fehler: Das Passwort muss mindestens 12 Zeichen lang sein.");
        assertThat(mismatch.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(mismatch.getContentAsString()).select(".error-summary a").eachAttr("href"))
                .containsExactly("#confirmPassword");
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(accept(path, "Mein eigenes Passwort 2026", "Mein eigenes Passwort 2026").getStatus()).isEqualTo(302);
    }

    @Test
    void anAddressThatGotAnAccountMeanwhileIsAnErrorOfTheWholeForm() throws Exception {
        String email = Workspace.newEmail("inzwischen");
        String path = invite(email);
        accounts.create(email, Role.CONSULTANT, Workspace.PASSWORD, null);

        MockHttpServletResponse refused = accept(path, "Mein eigenes Passwort 2026", "Mein eigenes Passwort 2026");

        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select(".error-summary a").eachText())
                .containsExactly("Für diese E-Mail-Adresse gibt es schon ein Konto.");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#password");
        assertThat(page.select(".error-message")).isEmpty();
    }

    @Test
    void anExpiredLinkNoLongerWorks() throws Exception {
        String email = Workspace.newEmail("abgelaufen");
        String path = invite(email);
        jdbc.sql("UPDATE account_invitation SET expires_at = :past WHERE email = :email")
                .param("past", Instant.now().minus(1, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC))
                .param("email", email)
                .update();

        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(accept(path, "Mein eigenes Passwort 2026", "Mein eigenes Passwort 2026").getStatus()).isEqualTo(404);
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void linksLastSevenDays() throws Exception {
        String email = Workspace.newEmail("sieben");
        Instant before = Instant.now();
        invite(email);

        Instant expires = jdbc.sql("SELECT expires_at FROM account_invitation WHERE email = :email")
                .param("email", email)
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
        assertThat(expires).isBetween(before.plus(7, ChronoUnit.DAYS).minusSeconds(1), Instant.now().plus(7, ChronoUnit.DAYS));
    }

    @Test
    void aNewInvitationForTheSameAddressReplacesTheOldLink() throws Exception {
        String email = Workspace.newEmail("zweimal");
        String first = invite(email);
        String second = invite(email);

        assertThat(mvc.perform(get(first)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(second)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anAddressWithAnAccountOrNoAddressAtAllIsRefused() throws Exception {
        Account existing = workspace.newAccount("vorhanden", Role.CONSULTANT);
        MockHttpServletResponse taken = mvc.perform(post("/arbeitsbereich/verwaltung/einladen")
                        .cookie(admin).with(csrf()).param("email", existing.email()))
                .andReturn().getResponse();
        MockHttpServletResponse invalid = mvc.perform(post("/arbeitsbereich/verwaltung/einladen")
                        .cookie(admin).with(csrf()).param("email", "keine adresse"))
                .andReturn().getResponse();

        assertThat(taken.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(taken.getContentAsString()).select("#email-error").text())
                .isEqualTo("Fehler: Für diese E-Mail-Adresse gibt es schon ein Konto.");
        assertThat(invalid.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(invalid.getContentAsString());
        assertThat(page.select("#email-error").text()).isEqualTo("Fehler: Geben Sie eine E-Mail-Adresse in der Form name@beispiel.de ein.");
        assertThat(page.getElementById("email").val()).isEqualTo("keine adresse");
    }

    @Test
    void onlyTheHashOfTheLinkIsStored() throws Exception {
        String email = Workspace.newEmail("hash");
        String token = invite(email).substring("/einladung/".length());

        String stored = jdbc.sql("SELECT token_hash FROM account_invitation WHERE email = :email")
                .param("email", email)
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(de.kundenkontakt.quickcheck.app.assessment.AccessToken.parse(token).orElseThrow().hash())
                .doesNotContain(token);
    }
}
