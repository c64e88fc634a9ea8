package de.kundenkontakt.quickcheck.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditFilter;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The account page: changing one's password and managing personal access tokens. */
class AccountPageIntegrationTest extends WorkspaceIntegrationTest {

    Workspace.SignedIn me;

    @BeforeEach
    void signIn() throws Exception {
        me = workspace.signedIn("konto", Role.CONSULTANT);
    }

    MockHttpServletResponse changePassword(String current, String next, String again) throws Exception {
        return mvc.perform(post("/arbeitsbereich/konto/passwort")
                        .cookie(me.session())
                        .with(csrf())
                        .param("currentPassword", current)
                        .param("newPassword", next)
                        .param("confirmPassword", again))
                .andReturn()
                .getResponse();
    }

    static Document page(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void showsTheAccountWithItsPasswordFormAndNoTokensYet() throws Exception {
        Document page = page(mvc.perform(get("/arbeitsbereich/konto").cookie(me.session())).andReturn().getResponse());

        assertThat(page.select("h1").text()).isEqualTo("Ihr Konto");
        assertThat(page.select(".summary-list dd").eachText()).containsExactly(me.email(), "Berater/in");
        assertThat(page.select("input[type=password]").eachAttr("autocomplete"))
                .containsExactly("current-password", "new-password", "new-password");
        assertThat(page.text()).contains("Sie haben noch keinen Zugriffsschlüssel.");
    }

    @Test
    void aNewPasswordReplacesTheOldOneAndEndsTheAccountsOtherSessions() throws Exception {
        Cookie otherDevice = workspace.signIn(me.account());
        String next = "Neues Passwort fuer den Herbst";

        MockHttpServletResponse response = changePassword(Workspace.PASSWORD, next, next);

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/arbeitsbereich/konto?hinweis=passwort-geaendert");
        assertThat(mvc.perform(get("/arbeitsbereich/konto").cookie(me.session())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/arbeitsbereich/konto").cookie(otherDevice)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/anmelden");
        workspace.signIn(me.email(), next);
        assertThat(auditLog.find(new AuditFilter(AuditAction.PASSWORD_CHANGED, me.email(), null, null, null))).hasSize(1);
    }

    @Test
    void aWrongCurrentPasswordIsNamedAtItsField() throws Exception {
        MockHttpServletResponse response = changePassword("Das ist es nicht", "Neues Passwort fuer den Herbst", "Neues Passwort fuer den Herbst");

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = page(response);
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#currentPassword");
        assertThat(page.select("#currentPassword-error").text()).isEqualTo("Fehler: Das aktuelle Passwort stimmt nicht.");
        assertThat(response.getContentAsString()).doesNotContain("Das ist es nicht").doesNotContain("Neues Passwort fuer den Herbst");
        workspace.signIn(me.account());
    }

    @Test
    void newPasswordsThatBreakTheRulesAreRefusedWithTheRule() throws Exception {
        assertThat(page(changePassword(Workspace.PASSWORD, "zu kurz", "zu kurz")).select("#newPassword-error").text())
                .isEqualTo("Fehler: Das Passwort muss mindestens 12 Zeichen lang sein.");
        assertThat(page(changePassword(Workspace.PASSWORD, "passwort1234", "passwort1234")).select("#newPassword-error").text())
                .startsWith("Fehler: Dieses Passwort ist zu verbreitet");
        assertThat(page(changePassword(Workspace.PASSWORD, me.email(), me.email())).select("#newPassword-error").text())
                .isEqualTo("Fehler: Das Passwort darf nicht Ihre E-Mail-Adresse enthalten.");
        assertThat(page(changePassword(Workspace.PASSWORD, "Neues Passwort eins", "Neues Passwort zwei"))
                        .select("#confirmPassword-error").text())
                .isEqualTo("Fehler: Die beiden Passwörter stimmen nicht überein.");
        workspace.signIn(me.account());
    }

    @Test
    void aNewTokenIsShownOnceListedByNameAndWorksUntilRevoked() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/arbeitsbereich/konto/schluessel")
                        .cookie(me.session())
                        .with(csrf())
                        .param("name", "Auswertungsskript"))
                .andReturn()
                .getResponse();

        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getHeader("Cache-Control")).contains("no-store");
        String secret = page(created).getElementById("zugriffsschluessel").val();
        assertThat(secret).matches("qc_pat_[A-Za-z0-9_-]{43}");
        assertThat(tokens.authenticate(secret)).map(Account::id).contains(me.id());

        Document list = page(mvc.perform(get("/arbeitsbereich/konto").cookie(me.session())).andReturn().getResponse());
        assertThat(list.select(".data-table tbody th").eachText()).containsExactly("Auswertungsskript");
        assertThat(list.html()).doesNotContain(secret.substring(7));

        String revoke = list.select(".data-table form").attr("action");
        MockHttpServletResponse revoked = mvc.perform(post(revoke).cookie(me.session()).with(csrf())).andReturn().getResponse();
        assertThat(revoked.getRedirectedUrl()).isEqualTo("/arbeitsbereich/konto?hinweis=schluessel-widerrufen");
        assertThat(tokens.authenticate(secret)).isEmpty();
        assertThat(auditLog.find(new AuditFilter(AuditAction.TOKEN_REVOKED, "Auswertungsskript", null, null, null)))
                .extracting(e -> e.actor().orElseThrow().id())
                .containsExactly(me.id());
    }

    @Test
    void aTokenNeedsANameAndAnotherAccountsTokenCannotBeRevoked() throws Exception {
        MockHttpServletResponse unnamed = mvc.perform(post("/arbeitsbereich/konto/schluessel").cookie(me.session()).with(csrf()).param("name", "  "))
                .andReturn()
                .getResponse();
        assertThat(unnamed.getStatus()).isEqualTo(422);
        assertThat(page(unnamed).select(".error-summary a").eachAttr("href")).containsExactly("#name");

        Account other = workspace.newAccount("fremd", Role.CONSULTANT);
        CreatedToken theirs = tokens.create(other.id(), "Fremd");
        MockHttpServletResponse refused = mvc.perform(post("/arbeitsbereich/konto/schluessel/" + theirs.token().id() + "/widerrufen")
                        .cookie(me.session())
                        .with(csrf()))
                .andReturn()
                .getResponse();
        MockHttpServletResponse unknown = mvc.perform(post("/arbeitsbereich/konto/schluessel/" + UUID.randomUUID() + "/widerrufen")
                        .cookie(me.session())
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(tokens.authenticate(theirs.secret())).isPresent();
    }
}
