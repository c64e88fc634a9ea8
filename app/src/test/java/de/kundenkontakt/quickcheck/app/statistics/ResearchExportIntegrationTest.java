package de.kundenkontakt.quickcheck.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditFilter;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The research export: for administrators only, no field that identifies a company or an
 * assessment, every combination of the quasi-identifiers at least k times, one row per chain, only
 * with consent or an advisor, and an audit event. Starts from an empty database of its own
 * ({@link StatisticsIntegrationTest}).
 */
class ResearchExportIntegrationTest extends StatisticsIntegrationTest {

    static final String SECRET_NAME = "Geheimfirma Müller GmbH";

    @Autowired
    AuditLog auditLog;

    Workspace workspace;

    @BeforeEach
    void workspace() {
        workspace = new Workspace(mvc, accounts);
    }

    @Test
    void onlyAdministratorsReachThePageAndTheFile() throws Exception {
        String page = "/arbeitsbereich/verwaltung/forschungsdaten";
        assertThat(mvc.perform(get(page)).andReturn().getResponse().getRedirectedUrl()).endsWith("/anmelden");
        assertThat(mvc.perform(get(page + "/export.csv?catalog=2022")).andReturn().getResponse().getStatus()).isEqualTo(302);
        Cookie consultant = workspace.signIn(workspace.newAccount("forschung-nein", Role.CONSULTANT));
        assertThat(mvc.perform(get(page).cookie(consultant)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(page + "/export.csv?catalog=2022").cookie(consultant)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        Cookie admin = workspace.signIn(workspace.newAccount("forschung-ja", Role.ADMINISTRATOR));
        MockHttpServletResponse shown = mvc.perform(get(page).cookie(admin)).andReturn().getResponse();
        assertThat(shown.getStatus()).isEqualTo(200);
        Document document = Jsoup.parse(shown.getContentAsString(StandardCharsets.UTF_8));
        assertThat(document.text()).contains("mindestens 10-mal", "Norddeutschland", "DE-HB, DE-HH, DE-NI, DE-SH");
        assertThat(mvc.perform(get(page + "/export.csv?catalog=1999").cookie(admin)).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void theFileIdentifiesNoCompanyAndEveryCombinationOccursAtLeastTenTimes() throws Exception {
        Account consultant = accounts.create(Workspace.newEmail("forschung"), Role.CONSULTANT, Workspace.PASSWORD, null);
        UUID company = seeds.company(consultant.id());
        List<String> secrets = new ArrayList<>(List.of(SECRET_NAME, company.toString()));
        Object[][] pool = {
            {"C", "1-9", "DE-BY", 30}, {"G", "10-49", "DE-NW", 12}, {"G", "10-49", "DE-HE", 5}, {"G", "1-9", "DE-NW", 3},
            {"M", "50-249", "AT", 4}, {"F", "250+", "DE-SN", 2}, {null, null, null, 11}, {"C", "1-9", "DE-BW", 1}
        };
        int made = 0;
        for (Object[] group : pool) {
            for (int i = 0; i < (int) group[3]; i++) {
                CompanyProfile profile = seeds.profile((String) group[0], (String) group[1], (String) group[2]);
                CompanyProfile named = new CompanyProfile(SECRET_NAME, profile.industry(), profile.sizeClass(),
                        profile.region(), profile.market());
                CreatedAssessment created = seeds.complete(made % 3 == 0 ? company : null, catalog,
                        i % 2 == 0 ? "wichtig" : "weniger-wichtig", named);
                secrets.add(created.viewToken().value());
                secrets.add(created.deleteToken().value());
                secrets.add(created.assessment().id().toString());
                made++;
            }
        }
        // Not in the file: an opt-out, a draft, the earlier assessment of a chain.
        seeds.complete(null, catalog, Seeds.all(catalog, "wichtig"), seeds.profile("C", "1-9", "DE-BY"), CurrentState.EMPTY, false);
        service.startDraft(new AssessmentInput(catalog.id(), Map.of(), seeds.profile("C", "1-9", "DE-BY"), CurrentState.EMPTY));
        CreatedAssessment earlier = seeds.complete(null, catalog, "unwichtig", seeds.profile("C", "1-9", "DE-BY"));
        service.reassess(earlier.viewToken(), Seeds.all(catalog, "sehr-wichtig"), false);
        int poolSize = made + 1;

        Account admin = workspace.newAccount("forschung-export", Role.ADMINISTRATOR);
        MockHttpServletResponse response = mvc.perform(get("/arbeitsbereich/verwaltung/forschungsdaten/export.csv")
                        .param("catalog", catalog.id())
                        .cookie(workspace.signIn(admin)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        String csv = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<String> lines = csv.substring(1).lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(";"));
        assertThat(header.subList(0, 5)).containsExactly("month", "catalog", "industry", "sizeClass", "region");
        assertThat(header.stream().skip(5)).allMatch(h -> h.startsWith("points.") || h.startsWith("percent."));
        assertThat(header).hasSize(5 + catalog.questions().size() + catalog.touchpoints().size());
        for (String secret : secrets) {
            assertThat(csv).doesNotContain(secret);
        }
        assertThat(csv).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");

        Map<String, Integer> combinations = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            assertThat(cells).hasSize(header.size());
            assertThat(cells[0]).matches("[0-9]{4}-[0-9]{2}");
            combinations.merge(cells[2] + "|" + cells[3] + "|" + cells[4], 1, Integer::sum);
        }
        assertThat(combinations.values()).as("rows per combination of industry, size, region: %s", combinations)
                .allMatch(n -> n >= Generalisation.K);
        // The rows the rule writes (some groups coarsened, the small rest starred or left out).
        Generalisation.Plan plan = Generalisation.plan(counts(pool));
        assertThat(lines).hasSize(1 + (int) plan.writtenRows());
        assertThat(plan.rows()).isEqualTo(poolSize);
        assertThat(plan.levels()).isNotEqualTo(new Generalisation(0, 0, 0));
        assertThat(auditLog.find(new AuditFilter(AuditAction.RESEARCH_EXPORTED, admin.email(), null, null, null)))
                .singleElement()
                .satisfies(e -> assertThat(e.subject()).contains("catalog=" + catalog.id(), "rows=" + plan.writtenRows()));
    }

    /** The pool's rows per exact combination, as the test made them (plus the chain's latest). */
    private static Map<Generalisation.Combination, Long> counts(Object[][] pool) {
        Map<Generalisation.Combination, Long> counts = new HashMap<>();
        for (Object[] group : pool) {
            counts.merge(new Generalisation.Combination(or(group[0]), or(group[1]), or(group[2])),
                    ((Integer) group[3]).longValue(), Long::sum);
        }
        counts.merge(new Generalisation.Combination("C", "1-9", "DE-BY"), 1L, Long::sum);
        return counts;
    }

    private static String or(Object value) {
        return value == null ? StatisticFacts.NOT_GIVEN : (String) value;
    }
}
