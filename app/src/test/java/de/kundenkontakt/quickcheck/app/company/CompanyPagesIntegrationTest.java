package de.kundenkontakt.quickcheck.app.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A consultant keeps companies: adds them (same rules as an assessment's profile), finds and orders
 * them, changes and deletes them with everything that belongs to them; administrators hand them to
 * someone else, also when deactivating a departing consultant.
 */
@RecordApplicationEvents
class CompanyPagesIntegrationTest extends CompanyWorkspaceTest {

    @Autowired
    ApplicationEvents events;

    Workspace.SignedIn consultant;

    @BeforeEach
    void signIn() throws Exception {
        consultant = workspace.signedIn("firmen", Role.CONSULTANT);
    }

    @Test
    void addsACompanyWithItsProfileAndShowsIt() throws Exception {
        MockHttpServletResponse created = send(post("/arbeitsbereich/unternehmen/neu").with(csrf())
                .param("companyName", "  Bäckerei Ölmühle  ")
                .param("industry", "C")
                .param("sizeClass", "10-49")
                .param("region", "DE-SN")
                .param("market", "both"), consultant.session());

        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(created.getRedirectedUrl()).endsWith("?hinweis=angelegt");
        UUID id = idIn(created.getRedirectedUrl());
        Document shown = page(get("/arbeitsbereich/unternehmen/" + id + "?hinweis=angelegt"), consultant.session(), 200);
        assertThat(shown.select("h1").text()).isEqualTo("Bäckerei Ölmühle");
        assertThat(shown.select("[role=status]").text()).isEqualTo("Das Unternehmen ist angelegt.");
        assertThat(shown.select(".summary-list").text())
                .contains("C – Verarbeitendes Gewerbe", "10–49 Beschäftigte", "Sachsen", "Geschäfts- und Privatkunden",
                        consultant.email());
        Document list = page(get("/arbeitsbereich/unternehmen"), consultant.session(), 200);
        assertThat(list.select(".company-card__name").eachText()).containsExactly("Bäckerei Ölmühle");
        assertThat(list.select(".advisor-code__value").text()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
    }

    @Test
    void refusesAMissingNameAndUnknownValuesAtTheirFields() throws Exception {
        Document refused = page(post("/arbeitsbereich/unternehmen/neu").with(csrf())
                .param("companyName", " ")
                .param("industry", "Z")
                .param("sizeClass", "viele"), consultant.session(), 422);

        assertThat(refused.select(".error-summary a").eachAttr("href")).containsExactlyInAnyOrder(
                "#companyName", "#industry", "#sizeClass");
        assertThat(refused.select("#companyName-error").text()).contains("Namen des Unternehmens");
        assertThat(refused.select("#industry-error").text()).contains("Wert aus der Liste");
        Document tooLong = page(post("/arbeitsbereich/unternehmen/neu").with(csrf())
                .param("companyName", "x".repeat(121)), consultant.session(), 422);
        assertThat(tooLong.select("#companyName-error").text()).contains("120 Zeichen");
        assertThat(tooLong.select("#companyName").val()).hasSize(121);
        assertThat(companies.list(SignedInAccount.of(consultant.account()), null, CompanySort.NAME)).isEmpty();
    }

    @Test
    void findsCompaniesByPartOfTheNameAndOrdersThem() throws Exception {
        Company zimmerei = company(consultant.account(), "Zimmerei Zange");
        company(consultant.account(), "Autohaus Adler");
        company(consultant.account(), "bäckerei am Markt");
        checks.start(SignedInAccount.of(consultant.account()), zimmerei.id(), null, answers("wichtig"), false);

        assertThat(page(get("/arbeitsbereich/unternehmen"), consultant.session(), 200).select(".company-card__name").eachText())
                .containsExactly("Autohaus Adler", "bäckerei am Markt", "Zimmerei Zange");
        assertThat(page(get("/arbeitsbereich/unternehmen?sortierung=letzte-auswertung"), consultant.session(), 200)
                        .select(".company-card__name").eachText())
                .containsExactly("Zimmerei Zange", "Autohaus Adler", "bäckerei am Markt");
        assertThat(page(get("/arbeitsbereich/unternehmen?suche=AUTO"), consultant.session(), 200).select(".company-card__name").eachText())
                .containsExactly("Autohaus Adler");
        Document none = page(get("/arbeitsbereich/unternehmen?suche=100%25"), consultant.session(), 200);
        assertThat(none.select(".company-card__name")).isEmpty();
        assertThat(none.text()).contains("Kein Unternehmen passt zu dieser Suche.");
    }

    @Test
    void changesTheProfileButEarlierAssessmentsKeepTheirs() throws Exception {
        Company company = company(consultant.account(), "Friseur Schnitt");
        checks.start(SignedInAccount.of(consultant.account()), company.id(), null, answers("wichtig"), false);

        MockHttpServletResponse changed = send(post("/arbeitsbereich/unternehmen/" + company.id() + "/bearbeiten")
                .with(csrf())
                .param("companyName", "Friseur Schnitt & Farbe")
                .param("industry", "S"), consultant.session());

        assertThat(changed.getStatus()).isEqualTo(302);
        Company now = companies.find(SignedInAccount.of(consultant.account()), company.id());
        assertThat(now.name()).isEqualTo("Friseur Schnitt & Farbe");
        assertThat(now.profile().sizeClass()).isNull();
        assertThat(checks.history(SignedInAccount.of(consultant.account()), company.id()).get(0).profile())
                .isEqualTo(company.profile());
        assertThat(page(get("/arbeitsbereich/unternehmen/" + company.id() + "/bearbeiten"), consultant.session(), 200)
                        .select("#industry option[selected]").val())
                .isEqualTo("S");
    }

    @Test
    void deletesACompanyWithItsAssessmentsAfterSayingWhatGoes() throws Exception {
        Company company = company(consultant.account(), "Metzgerei Wurst");
        SignedInAccount me = SignedInAccount.of(consultant.account());
        var first = checks.start(me, company.id(), null, answers("wichtig"), false);
        checks.start(me, company.id(), null, answers("unwichtig"), false);

        Document confirm = page(get("/arbeitsbereich/unternehmen/" + company.id() + "/loeschen"), consultant.session(), 200);
        assertThat(confirm.select("h1").text()).isEqualTo("Metzgerei Wurst löschen?");
        assertThat(confirm.select(".delete-list").text()).contains("2 Auswertungen");

        MockHttpServletResponse deleted = send(post("/arbeitsbereich/unternehmen/" + company.id() + "/loeschen")
                .with(csrf()), consultant.session());

        assertThat(deleted.getRedirectedUrl()).endsWith("/arbeitsbereich/unternehmen?hinweis=geloescht");
        assertThat(send(get("/arbeitsbereich/unternehmen/" + company.id()), consultant.session()).getStatus()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM assessment WHERE company_id = ?", company.id())).isZero();
        assertThat(send(get("/auswertung/" + first.viewToken().value()), null).getStatus()).isEqualTo(404);
        assertThat(events.stream(CompanyDeleted.class))
                .anySatisfy(e -> {
                    assertThat(e.companyId()).isEqualTo(company.id());
                    assertThat(e.assessmentIds()).hasSize(2).contains(first.assessment().id());
                });
        assertThat(audit(AuditAction.COMPANY_DELETED, consultant.email()))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("Metzgerei Wurst"));
    }

    @Test
    void anAdministratorHandsACompanyToAnotherConsultant() throws Exception {
        Account admin = workspace.newAccount("chefin", Role.ADMINISTRATOR);
        Account colleague = workspace.newAccount("kollege", Role.CONSULTANT);
        Company company = company(consultant.account(), "Gärtnerei Grün");
        Cookie adminSession = workspace.signIn(admin);

        Document shown = page(get("/arbeitsbereich/unternehmen/" + company.id()), adminSession, 200);
        assertThat(shown.select("#owner option[selected]").text()).isEqualTo(consultant.email());
        assertThat(page(get("/arbeitsbereich/unternehmen/" + company.id()), consultant.session(), 200).select("#owner")).isEmpty();
        assertThat(send(post("/arbeitsbereich/unternehmen/" + company.id() + "/uebertragen").with(csrf())
                        .param("owner", colleague.id().toString()), consultant.session()).getStatus())
                .as("a consultant cannot hand over")
                .isEqualTo(404);
        assertThat(send(post("/arbeitsbereich/unternehmen/" + company.id() + "/uebertragen").with(csrf())
                        .param("owner", "keine-id"), adminSession).getStatus())
                .isEqualTo(422);

        MockHttpServletResponse handed = send(post("/arbeitsbereich/unternehmen/" + company.id() + "/uebertragen")
                .with(csrf()).param("owner", colleague.id().toString()), adminSession);

        assertThat(handed.getRedirectedUrl()).endsWith("?hinweis=uebertragen");
        assertThat(send(get("/arbeitsbereich/unternehmen/" + company.id()), consultant.session()).getStatus()).isEqualTo(404);
        assertThat(send(get("/arbeitsbereich/unternehmen/" + company.id()), workspace.signIn(colleague)).getStatus())
                .isEqualTo(200);
        assertThat(events.stream(CompanyReassigned.class)).anySatisfy(e -> {
            assertThat(e.companyId()).isEqualTo(company.id());
            assertThat(e.previousOwnerId()).isEqualTo(consultant.id());
            assertThat(e.newOwnerId()).isEqualTo(colleague.id());
        });
        assertThat(audit(AuditAction.COMPANY_REASSIGNED, admin.email()))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("Gärtnerei Grün → " + colleague.email()));
    }

    @Test
    void deactivatingAConsultantHandsTheirCompaniesToTheChosenSuccessor() throws Exception {
        Account admin = workspace.newAccount("chef", Role.ADMINISTRATOR);
        Account successor = workspace.newAccount("nachfolge", Role.CONSULTANT);
        Company first = company(consultant.account(), "Optik Klar");
        Company second = company(consultant.account(), "Druckerei Bunt");
        Cookie adminSession = workspace.signIn(admin);

        Document confirm = page(get("/arbeitsbereich/verwaltung/konten/" + consultant.id() + "/deaktivieren"),
                adminSession, 200);
        assertThat(confirm.select("#nachfolge option").eachText()).contains(successor.email()).doesNotContain(consultant.email());
        assertThat(send(post("/arbeitsbereich/verwaltung/konten/" + consultant.id() + "/deaktivieren").with(csrf())
                        .param("nachfolge", consultant.id().toString()), adminSession).getStatus())
                .as("the departing account cannot succeed itself; nothing happens")
                .isEqualTo(422);
        assertThat(accounts.find(consultant.id()).orElseThrow().active()).isTrue();

        send(post("/arbeitsbereich/verwaltung/konten/" + consultant.id() + "/deaktivieren").with(csrf())
                .param("nachfolge", successor.id().toString()), adminSession);

        assertThat(accounts.find(consultant.id()).orElseThrow().active()).isFalse();
        assertThat(companies.list(SignedInAccount.of(successor), null, CompanySort.NAME))
                .extracting(l -> l.company().id())
                .containsExactly(second.id(), first.id());
        assertThat(audit(AuditAction.COMPANY_REASSIGNED, admin.email())).hasSize(2);
    }

    @Test
    void deactivatingWithoutASuccessorLeavesTheCompaniesForLater() throws Exception {
        Account admin = workspace.newAccount("chef", Role.ADMINISTRATOR);
        Company company = company(consultant.account(), "Weberei Faden");

        send(post("/arbeitsbereich/verwaltung/konten/" + consultant.id() + "/deaktivieren").with(csrf())
                .param("nachfolge", ""), workspace.signIn(admin));

        assertThat(companies.find(SignedInAccount.of(admin), company.id()).ownerId()).isEqualTo(consultant.id());
        Document list = page(get("/arbeitsbereich/unternehmen?suche=Weberei"), workspace.signIn(admin), 200);
        assertThat(list.select(".company-card__facts").text()).contains("(Konto deaktiviert)");
    }

    @Test
    void formsWithoutTheirProtectionTokenAreRefused() throws Exception {
        Company company = company(consultant.account(), "Schreinerei Span");
        List<String> paths = List.of("/arbeitsbereich/unternehmen/neu",
                "/arbeitsbereich/unternehmen/" + company.id() + "/bearbeiten",
                "/arbeitsbereich/unternehmen/" + company.id() + "/loeschen",
                "/arbeitsbereich/unternehmen/" + company.id() + "/pruefung",
                "/arbeitsbereich/unternehmen/" + company.id() + "/teilnahmelink",
                "/arbeitsbereich/unternehmen/" + company.id() + "/uebertragen");
        for (String path : paths) {
            assertThat(send(post(path).param("companyName", "Neu"), consultant.session()).getStatus()).as(path).isEqualTo(403);
        }
        assertThat(companies.find(SignedInAccount.of(consultant.account()), company.id()).name()).isEqualTo("Schreinerei Span");
        assertThat(count("SELECT COUNT(*) FROM company_invitation WHERE company_id = ?", company.id())).isZero();
    }
}
