package de.kundenkontakt.quickcheck.app.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentChanges;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Companies side by side (latest complete assessment each) and the bulk export of all of a
 * consultant's companies as CSV; neither ever shows another consultant's company.
 */
class ComparisonAndExportIntegrationTest extends CompanyWorkspaceTest {

    @Autowired
    AssessmentService assessments;

    Workspace.SignedIn consultant;
    Company bakery;
    Company garage;
    Company fresh;
    Assessment bakeryLatest;

    @BeforeEach
    void companies() throws Exception {
        consultant = workspace.signedIn("vergleich", Role.CONSULTANT);
        SignedInAccount me = SignedInAccount.of(consultant.account());
        bakery = company(consultant.account(), "Bäckerei Korn");
        garage = company(consultant.account(), "=HYPERLINK(\"http://example.org\";\"Werkstatt\")");
        fresh = company(consultant.account(), "Neugründung; Start");
        checks.start(me, bakery.id(), null, answers("unwichtig"), false);
        CreatedAssessment latest = checks.start(me, bakery.id(), null, answers("sehr-wichtig"), false);
        bakeryLatest = assessments.update(latest.viewToken(), AssessmentChanges.none()
                .withCurrentState(CurrentState.parse(Map.of("website", "in-use"))));
        checks.start(me, garage.id(), null, answers("wichtig"), false);
        checks.start(me, garage.id(), null, Map.of(CATALOG.questions().get(0).id(), "unwichtig"), true);
    }

    @Test
    void comparesTheLatestCompleteAssessmentOfEachCompany() throws Exception {
        Document page = page(get("/arbeitsbereich/unternehmen/vergleich?u=" + bakery.id() + "&u=" + garage.id()
                + "&u=" + fresh.id()), consultant.session(), 200);

        Element touchpoints = page.select("table.compare-grid").get(0);
        assertThat(touchpoints.select("thead th a").eachText())
                .containsExactly("Bäckerei Korn", garage.name(), "Neugründung; Start");
        assertThat(touchpoints.select("thead th").get(3).text()).contains("keine abgeschlossene Auswertung");
        assertThat(touchpoints.select("tbody tr")).hasSize(CATALOG.touchpoints().size());
        Element website = touchpoints.select("tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals("Website"))
                .findFirst()
                .orElseThrow();
        var expected = bakeryLatest.evaluation().orElseThrow().result("website").orElseThrow();
        assertThat(website.select("td").get(0).text().replace('\u00a0', ' '))
                .isEqualTo((ResultView.formatPercent(expected.percent(), Locale.GERMAN) + " "
                        + expected.recommendation().label().de()).replace('\u00a0', ' '));
        assertThat(website.select("td").get(2).text()).isEqualTo("–");
        Element needs = page.select("table.compare-grid").get(1);
        assertThat(needs.select("tbody tr")).hasSize(CATALOG.questions().size());
        assertThat(needs.select("tbody tr").get(0).select("td").eachText())
                .containsExactly("sehr wichtig", "wichtig", "–");
    }

    @Test
    void needsTwoToTenCompaniesAndNeverShowsAnotherConsultants() throws Exception {
        assertThat(send(get("/arbeitsbereich/unternehmen/vergleich?u=" + bakery.id()), consultant.session()).getStatus())
                .isEqualTo(400);
        assertThat(page(get("/arbeitsbereich/unternehmen/vergleich"), consultant.session(), 400).text())
                .contains("mindestens zwei Unternehmen");
        Account other = workspace.newAccount("fremd", Role.CONSULTANT);
        Company foreign = company(other, "Fremdfirma");

        MockHttpServletResponse refused = send(get("/arbeitsbereich/unternehmen/vergleich?u=" + bakery.id()
                + "&u=" + foreign.id()), consultant.session());

        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(refused.getContentAsString()).doesNotContain("Fremdfirma");
        assertThat(send(get("/arbeitsbereich/unternehmen/vergleich?u=" + bakery.id() + "&u=keine-id"), consultant.session())
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void exportsEveryAssessmentOfEveryOwnCompanyAsCsvForSpreadsheets() throws Exception {
        Account other = workspace.newAccount("fremd", Role.CONSULTANT);
        company(other, "Fremdfirma");

        MockHttpServletResponse response = send(get("/arbeitsbereich/unternehmen/export.csv"), consultant.session());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"unternehmen-");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        assertThat(csv).doesNotContain("Fremdfirma");
        assertThat(lines).hasSize(1 + 2 + 2 + 1);
        List<String> header = Arrays.asList(lines.get(0).split(";", -1));
        assertThat(header.subList(0, 9)).containsExactly("Unternehmen", "Betreut von", "Branche", "Beschäftigte", "Sitz",
                "Kundschaft", "Datum der Auswertung", "Status", "Version");
        assertThat(header).contains("Antwort: " + CATALOG.questions().get(0).topic().de(),
                "Übereinstimmung in %: Website", "Heute: Website", "Plan");
        String bakeryRow = lines.stream().filter(l -> l.startsWith("Bäckerei Korn;")).findFirst().orElseThrow();
        assertThat(bakeryRow).startsWith("Bäckerei Korn;" + consultant.email() + ";C Verarbeitendes Gewerbe;");
        assertThat(lines).filteredOn(l -> l.startsWith("\"'=HYPERLINK(")).as("formula guarded and quoted").hasSize(2);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"Neugründung; Start\";"));
        String websitePercent = bakeryLatest.evaluation().orElseThrow().result("website").orElseThrow()
                .percent().display().replace('.', ',');
        List<String> cells = Arrays.asList(bakeryRow.split(";", -1));
        assertThat(cells.get(header.indexOf("Übereinstimmung in %: Website"))).isEqualTo(websitePercent);
        assertThat(cells.get(header.indexOf("Heute: Website"))).isEqualTo("Nutzen wir schon");
        assertThat(cells.get(header.indexOf("Status"))).isEqualTo("abgeschlossen");
        assertThat(audit(AuditAction.COMPANIES_EXPORTED, consultant.email()))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("3 Unternehmen"));
    }

    @Test
    void exportsInEnglishOnRequest() throws Exception {
        String csv = send(get("/arbeitsbereich/unternehmen/export.csv?lang=en"), consultant.session()).getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.substring(1)).startsWith("Company;Looked after by;Industry;");
        assertThat(csv).contains(";complete;");
    }
}
