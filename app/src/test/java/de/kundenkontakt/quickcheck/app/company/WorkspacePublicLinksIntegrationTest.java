package de.kundenkontakt.quickcheck.app.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The workspace's links for copying (invitations, participation links, a company's private links,
 * the API address on the account page) never take their host from a request header someone could
 * forge, just like the links of a saved assessment ({@code web.PublicLinksIntegrationTest}).
 */
class WorkspacePublicLinksIntegrationTest extends CompanyWorkspaceTest {

    private static final String FORGED = "evil.example";
    private static final String FORWARDED = "evil2.example";

    @Autowired
    ParticipationService participation;

    /** The request as an attacker would send it: another site's Host and proxy headers nobody enabled. */
    private static MockHttpServletRequestBuilder forged(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.HOST, FORGED)
                .header("X-Forwarded-Host", FORWARDED)
                .header("X-Forwarded-Proto", "https");
    }

    private static void assertOwnAddress(Document page, String link, String path) {
        assertThat(link).contains(path).doesNotContain(FORGED).doesNotContain(FORWARDED).startsWith("http://");
        assertThat(page.outerHtml()).doesNotContain(FORGED).doesNotContain(FORWARDED);
    }

    @Test
    void anInvitationLinkIgnoresAForgedHost() throws Exception {
        Cookie admin = workspace.signIn(workspace.newAccount("einlader", Role.ADMINISTRATOR));

        Document created = page(forged(post("/arbeitsbereich/verwaltung/einladen"))
                .with(csrf()).param("email", Workspace.newEmail("eingeladen")), admin, 200);

        assertOwnAddress(created, created.select("#einladungslink").val(), "/einladung/");
    }

    @Test
    void theApiAddressOnTheAccountPageIgnoresAForgedHost() throws Exception {
        Cookie session = workspace.signIn(workspace.newAccount("schluessel", Role.CONSULTANT));

        Document created = page(forged(post("/arbeitsbereich/konto/schluessel")).with(csrf()).param("name", "Skript"),
                session, 200);

        String example = created.select("pre.code-example code").text();
        assertOwnAddress(created, example.substring(example.lastIndexOf(' ') + 1), "/api/v1/workspace/me");
    }

    @Test
    void aParticipationLinkIgnoresAForgedHost() throws Exception {
        Account consultant = workspace.newAccount("teilnahme", Role.CONSULTANT);
        Cookie session = workspace.signIn(consultant);
        String base = "/arbeitsbereich/unternehmen/" + company(consultant, "Gärtnerei Grün").id();

        Document created = page(forged(post(base + "/teilnahmelink")).with(csrf()), session, 200);

        assertOwnAddress(created, created.select("#teilnahmelink").val(), "/teilnahme/");
    }

    @Test
    void theCompanysPrivateLinksIgnoreAForgedHost() throws Exception {
        Account consultant = workspace.newAccount("links", Role.CONSULTANT);
        Cookie session = workspace.signIn(consultant);
        Company company = company(consultant, "Bäckerei Korn");
        String participationPath = "/teilnahme/" + participation.create(SignedInAccount.of(consultant), company.id()).token().value();

        Document answered = page(forged(questionnaire(participationPath, answers("wichtig"), null)), null, 200);
        Document checked = page(forged(questionnaire("/arbeitsbereich/unternehmen/" + company.id() + "/pruefung",
                answers("unwichtig"), null)), session, 200);

        for (Document links : new Document[] {answered, checked}) {
            assertOwnAddress(links, links.select("#link-ansehen").val(), "/auswertung/");
            assertOwnAddress(links, links.select("#link-loeschen").val(), "/loeschen/");
        }
    }
}
