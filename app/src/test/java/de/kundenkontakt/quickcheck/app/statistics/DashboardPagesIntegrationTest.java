package de.kundenkontakt.quickcheck.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.WorkspaceIntegrationTest;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.engine.Catalog;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The dashboard page and its downloads: who sees which figures, the filter form with its errors,
 * the CSV files and their audit events.
 */
class DashboardPagesIntegrationTest extends WorkspaceIntegrationTest {

    @Autowired
    Seeds seeds;

    @Autowired
    Dashboard dashboard;

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/arbeitsbereich/dashboard")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/anmelden");
        assertThat(mvc.perform(get("/arbeitsbereich/dashboard/needs.csv")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    @Test
    void aConsultantSeesOnlyTheFiguresOfTheirOwnCompanies() throws Exception {
        Account a = workspace.newAccount("dash-a", Role.CONSULTANT);
        Account b = workspace.newAccount("dash-b", Role.CONSULTANT);
        Catalog catalog = seeds.catalogs().defaultCatalog();
        UUID companyA = seeds.company(a.id());
        UUID companyB = seeds.company(b.id());
        for (int i = 0; i < 3; i++) {
            seeds.complete(companyA, catalog, "wichtig", seeds.profile("C", "1-9", "DE-BY"));
        }
        seeds.complete(companyB, catalog, "unwichtig", seeds.profile("G", "10-49", "DE-NW"));
        seeds.complete(null, catalog, "unwichtig", seeds.profile("C", "1-9", "DE-BY"));

        Document pageA = page(workspace.signIn(a), "/arbeitsbereich/dashboard");
        assertThat(pageA.selectFirst(".dashboard-summary__count").text()).startsWith("3 abgeschlossene Auswertungen");
        assertThat(pageA.select("#beduerfnisse tbody tr").first().select("td").eachText())
                .containsExactly("0 (0,0 %)", "0 (0,0 %)", "3 (100,0 %)", "0 (0,0 %)");
        Document pageB = page(workspace.signIn(b), "/arbeitsbereich/dashboard?industry=C");
        assertThat(pageB.selectFirst(".dashboard-summary__count").text()).startsWith("0 abgeschlossene Auswertungen");
        assertThat(pageB.text()).contains("Gefiltert: C – Verarbeitendes Gewerbe");

        Account admin = workspace.newAccount("dash-admin", Role.ADMINISTRATOR);
        long all = dashboard.figures(DashboardScope.ALL, StatisticsContract.filter(null, null, null, null)).assessments();
        Document pageAdmin = page(workspace.signIn(admin), "/arbeitsbereich/dashboard");
        assertThat(pageAdmin.selectFirst(".dashboard-summary__count").text()).startsWith(all + " abgeschlossene Auswertungen");
        assertThat(all).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aFilterThatCannotBeUsedShowsTheFormAgainWithAnErrorSummary() throws Exception {
        Cookie session = workspace.signIn(workspace.newAccount("dash-fehler", Role.CONSULTANT));
        MockHttpServletResponse response = mvc.perform(get("/arbeitsbereich/dashboard")
                        .cookie(session)
                        .param("from", "März")
                        .param("to", "2026-01")
                        .param("industry", "ZZ"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#from", "#industry");
        assertThat(page.selectFirst("#from").attr("value")).isEqualTo("März");
        assertThat(page.selectFirst("#from").attr("aria-describedby")).isEqualTo("from-hint from-error");
        assertThat(page.selectFirst(".dashboard-summary")).isNull();

        MockHttpServletResponse english = mvc.perform(get("/arbeitsbereich/dashboard?lang=en&from=2026-05&to=2026-01")
                        .cookie(session))
                .andReturn()
                .getResponse();
        assertThat(english.getStatus()).isEqualTo(422);
        assertThat(english.getContentAsString(StandardCharsets.UTF_8))
                .contains("The “to” month must not come before the “from” month.");
    }

    @Test
    void everyTableDownloadsAsCsvWithByteOrderMarkAndSemicolonsAndIsAudited() throws Exception {
        Account a = workspace.newAccount("dash-csv", Role.CONSULTANT);
        Catalog catalog = seeds.catalogs().defaultCatalog();
        UUID company = seeds.company(a.id());
        seeds.complete(company, catalog, "sehr-wichtig", seeds.profile("M", "50-249", "AT"));
        Cookie session = workspace.signIn(a);
        for (String aggregate : new String[] {"assessments", "needs", "touchpoints", "gaps"}) {
            MockHttpServletResponse csv = mvc.perform(get("/arbeitsbereich/dashboard/" + aggregate + ".csv")
                            .cookie(session)
                            .param("industry", "M"))
                    .andReturn()
                    .getResponse();
            assertThat(csv.getStatus()).as(aggregate).isEqualTo(200);
            assertThat(csv.getContentType()).startsWith("text/csv");
            assertThat(csv.getHeader("Content-Disposition")).contains("dashboard-" + aggregate + "-");
            byte[] body = csv.getContentAsByteArray();
            assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
            assertThat(new String(body, StandardCharsets.UTF_8).lines().findFirst().orElseThrow()).contains(";");
        }
        String needs = mvc.perform(get("/arbeitsbereich/dashboard/needs.csv").cookie(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(needs.lines().skip(1).findFirst().orElseThrow()).isEqualTo("synchrone-kommunikation;Synchrone Kommunikation;0;0;0;1");
        assertThat(audit(AuditAction.DASHBOARD_EXPORTED, a.email())).hasSize(5)
                .anySatisfy(e -> assertThat(e.subject()).contains("needs").contains("industry=M"));

        MockHttpServletResponse bad = mvc.perform(get("/arbeitsbereich/dashboard/needs.csv").cookie(session).param("to", "x"))
                .andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("Der Filter „to“ passt nicht");
        // A table the dashboard does not have is a page that does not exist.
        assertThat(mvc.perform(get("/arbeitsbereich/dashboard/secrets.csv").cookie(session)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    private Document page(Cookie session, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).cookie(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
