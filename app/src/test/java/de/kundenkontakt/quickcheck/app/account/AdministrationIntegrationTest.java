package de.kundenkontakt.quickcheck.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditEvent;
import de.kundenkontakt.quickcheck.app.audit.AuditFilter;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Administrators list accounts and deactivate them; deactivation ends sessions and tokens at once. */
@RecordApplicationEvents
class AdministrationIntegrationTest extends WorkspaceIntegrationTest {

    @Autowired
    ApplicationEvents events;

    Workspace.SignedIn admin;

    @BeforeEach
    void signInAsAdministrator() throws Exception {
        admin = workspace.signedIn("verwaltung", Role.ADMINISTRATOR);
    }

    @Test
    void listsEveryAccountWithRoleAndStatus() throws Exception {
        Account consultant = workspace.newAccount("liste", Role.CONSULTANT);

        Document page = Jsoup.parse(mvc.perform(get("/arbeitsbereich/verwaltung").cookie(admin.session()))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).startsWith(consultant.email() + " Berater/in aktiv"))
                .anySatisfy(row -> assertThat(row).startsWith(admin.email() + " Administrator/in aktiv"));
        assertThat(page.select("a[href$=" + admin.id() + "/deaktivieren]")).isEmpty();
        assertThat(page.select("a[href$=" + consultant.id() + "/deaktivieren]")).hasSize(1);
    }

    @Test
    void deactivationEndsTheSessionsAndTokensOfTheAccountAndIsLogged() throws Exception {
        Account leaving = workspace.newAccount("geht", Role.CONSULTANT);
        Cookie theirSession = workspace.signIn(leaving);
        CreatedToken token = tokens.create(leaving.id(), "Skript");
        String path = "/arbeitsbereich/verwaltung/konten/" + leaving.id() + "/deaktivieren";

        Document confirm = Jsoup.parse(mvc.perform(get(path).cookie(admin.session())).andReturn().getResponse().getContentAsString());
        assertThat(confirm.select("h1").text()).isEqualTo("Konto " + leaving.email() + " deaktivieren?");
        MockHttpServletResponse done = mvc.perform(post(path).cookie(admin.session()).with(csrf())).andReturn().getResponse();

        assertThat(done.getRedirectedUrl()).isEqualTo("/arbeitsbereich/verwaltung?hinweis=deaktiviert");
        assertThat(accounts.find(leaving.id()).orElseThrow().active()).isFalse();
        assertThat(mvc.perform(get("/arbeitsbereich").cookie(theirSession)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/anmelden");
        assertThat(tokens.authenticate(token.secret())).isEmpty();
        assertThat(events.stream(AccountDeactivated.class))
                .extracting(e -> e.account().id(), e -> e.by().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(leaving.id(), admin.id()));
        List<AuditEvent> logged = auditLog.find(new AuditFilter(AuditAction.ACCOUNT_DEACTIVATED, leaving.email(), null, null, null));
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).actor().orElseThrow().id()).isEqualTo(admin.id());
    }

    @Test
    void administratorsCannotDeactivateThemselves() throws Exception {
        String path = "/arbeitsbereich/verwaltung/konten/" + admin.id() + "/deaktivieren";

        MockHttpServletResponse refused = mvc.perform(post(path).cookie(admin.session()).with(csrf())).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.getContentAsString()).select(".warning-text").text())
                .startsWith("Ihr eigenes Konto können Sie nicht deaktivieren.");
        assertThat(accounts.find(admin.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/arbeitsbereich/verwaltung/konten/" + java.util.UUID.randomUUID() + "/deaktivieren")
                        .cookie(admin.session()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
    }
}
