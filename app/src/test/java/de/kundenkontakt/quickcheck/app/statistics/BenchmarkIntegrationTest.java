package de.kundenkontakt.quickcheck.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.GapAnalysis;
import de.kundenkontakt.quickcheck.app.result.ResultCode;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public peer benchmark on an assessment's page, in its JSON and its PDF: shown only from ten
 * comparable assessments, falling back from industry and size to size to all, each re-assessment
 * chain once, the company's own left out, opt-outs respected, quartiles as computed by hand. Each
 * test starts from an empty database of its own ({@link StatisticsIntegrationTest}).
 */
class BenchmarkIntegrationTest extends StatisticsIntegrationTest {

    @Test
    void hiddenBelowTenThenFallingBackFromIndustryAndSizeToSizeToAll() throws Exception {
        CreatedAssessment mine = peer(null, seeds.profile("C", "10-49", "DE-BY"), "wichtig", true);
        for (int i = 0; i < 9; i++) {
            peer(null, seeds.profile("C", "10-49", null), "wichtig", true);
        }
        // Nine others: not enough in any scope.
        assertThat(json(mine).path("benchmark").isNull()).isTrue();
        Document page = page(mine);
        assertThat(page.selectFirst("#vergleichswerte").text())
                .contains("Noch gibt es zu wenige vergleichbare Auswertungen")
                .doesNotContain("Unteres Quartil");
        assertThat(pdfHtml(mine)).contains("Noch gibt es zu wenige vergleichbare Auswertungen");

        peer(null, seeds.profile("C", "10-49", "AT"), "wichtig", true);
        JsonNode same = json(mine).path("benchmark");
        assertThat(same.path("scope").asString()).isEqualTo("industry-size");
        assertThat(same.path("count").asLong()).isEqualTo(10);
        assertThat(page(mine).selectFirst("#vergleichswerte").text())
                .contains("Verglichen mit 10 Auswertungen von Unternehmen derselben Branche (Verarbeitendes Gewerbe)"
                        + " und derselben Größe (10–49 Beschäftigte)");

        CreatedAssessment otherIndustry = peer(null, seeds.profile("G", "10-49", null), "wichtig", true);
        JsonNode bySize = json(otherIndustry).path("benchmark");
        assertThat(bySize.path("scope").asString()).isEqualTo("size");
        assertThat(bySize.path("count").asLong()).isEqualTo(11);

        CreatedAssessment otherSize = peer(null, seeds.profile("G", "250+", null), "wichtig", true);
        JsonNode byAll = json(otherSize).path("benchmark");
        assertThat(byAll.path("scope").asString()).isEqualTo("all");
        assertThat(byAll.path("count").asLong()).isEqualTo(12);
        CreatedAssessment noProfile = peer(null, CompanyProfile.EMPTY, "wichtig", true);
        assertThat(json(noProfile).path("benchmark").path("scope").asString()).isEqualTo("all");
        assertThat(json(noProfile).path("benchmark").path("count").asLong()).isEqualTo(13);
        assertThat(pdfHtml(otherSize)).contains("Verglichen mit 13 Auswertungen von Unternehmen aller Branchen");
    }

    @Test
    void quartilesAndSharesMatchAHandComputedExample() throws Exception {
        // Ten others answer "reichweite" with 0, 0, 0, 2, 2, 4, 4, 4, 6, 6 points. By linear
        // interpolation between the nearest ranks (h = 9p): q1 = x[2] + 0.25 (x[3] - x[2]) = 0.5,
        // median = x[4] + 0.5 (x[5] - x[4]) = 3, q3 = x[6] + 0.75 (x[7] - x[6]) = 4.
        String[] reach = {"unwichtig", "unwichtig", "unwichtig", "weniger-wichtig", "weniger-wichtig", "wichtig", "wichtig",
            "wichtig", "sehr-wichtig", "sehr-wichtig"};
        long recommendedWebsite = 0;
        for (String level : reach) {
            Map<String, String> answers = new java.util.LinkedHashMap<>(Seeds.all(catalog, "weniger-wichtig"));
            answers.put("reichweite", level);
            seeds.complete(null, catalog, answers, seeds.profile("J", "1-9", null), CurrentState.EMPTY, true);
            TouchpointResult website = catalog.evaluate(Answers.complete(catalog, answers)).result("website").orElseThrow();
            if (website.percent().isAtLeast(catalog.recommendation(GapAnalysis.RECOMMENDED_FROM).orElseThrow().minimumPercent())) {
                recommendedWebsite++;
            }
        }
        CreatedAssessment mine = peer(null, seeds.profile("J", "1-9", null), "sehr-wichtig", true);
        JsonNode benchmark = json(mine).path("benchmark");
        assertThat(benchmark.path("count").asLong()).isEqualTo(10);
        JsonNode quartiles = benchmark.path("needs").path("reichweite");
        assertThat(quartiles.path("q1").asDouble()).isEqualTo(0.5);
        assertThat(quartiles.path("median").asDouble()).isEqualTo(3.0);
        assertThat(quartiles.path("q3").asDouble()).isEqualTo(4.0);
        JsonNode constant = benchmark.path("needs").path("visualisierung");
        assertThat(List.of(constant.path("q1").asDouble(), constant.path("median").asDouble(), constant.path("q3").asDouble()))
                .containsExactly(2.0, 2.0, 2.0);
        assertThat(benchmark.path("needs").size()).isEqualTo(catalog.questions().size());
        assertThat(benchmark.path("touchpoints").size()).isEqualTo(catalog.touchpoints().size());
        assertThat(benchmark.path("touchpoints").path("website").asDouble()).isEqualTo(recommendedWebsite / 10.0);

        Document page = page(mine);
        List<String> reachRow = page.select("#vergleichswerte tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals(catalog.question("reichweite").orElseThrow().topic().de()))
                .findFirst().orElseThrow().select("td").eachText();
        assertThat(reachRow).containsExactly("sehr wichtig (6)", "0,5", "3", "4");
    }

    @Test
    void eachChainCountsOnceAndTheCompanysOwnAreLeftOut() throws Exception {
        for (int i = 0; i < 10; i++) {
            peer(null, seeds.profile("K", "50-249", null), "wichtig", true);
        }
        CreatedAssessment first = peer(null, seeds.profile("K", "50-249", null), "wichtig", true);
        CreatedAssessment second = service.reassess(first.viewToken(), Seeds.all(catalog, "sehr-wichtig"), false);
        // The chain's latest counts for the others once; for itself, the whole chain is left out.
        CreatedAssessment outsider = peer(null, seeds.profile("K", "50-249", null), "wichtig", true);
        assertThat(json(outsider).path("benchmark").path("count").asLong()).isEqualTo(11);
        assertThat(json(second).path("benchmark").path("count").asLong()).isEqualTo(11);
        assertThat(json(first).path("benchmark").path("count").asLong()).isEqualTo(11);

        // Two chains of one client company: neither counts for the other.
        Account consultant = accounts.create(Workspace.newEmail("bench"), Role.CONSULTANT, Workspace.PASSWORD, null);
        UUID company = seeds.company(consultant.id());
        CreatedAssessment a = seeds.complete(company, catalog, Seeds.all(catalog, "wichtig"), seeds.profile("K", "50-249", null),
                CurrentState.EMPTY, false);
        CreatedAssessment b = seeds.complete(company, catalog, Seeds.all(catalog, "wichtig"), seeds.profile("K", "50-249", null),
                CurrentState.EMPTY, false);
        assertThat(json(a).path("benchmark").path("count").asLong()).isEqualTo(12);
        assertThat(json(b).path("benchmark").path("count").asLong()).isEqualTo(12);
        // An advisor's assessment counts whatever its consent says: the outsider now sees both.
        assertThat(json(outsider).path("benchmark").path("count").asLong()).isEqualTo(13);
        assertThat(page(a).selectFirst("#vergleichswerte").text()).contains("Diese Auswertung hat eine Beratung");
    }

    @Test
    void anOptOutIsRespectedAndCanBeChangedOnTheAssessmentPage() throws Exception {
        List<CreatedAssessment> others = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            others.add(peer(null, seeds.profile("I", "1-9", null), "wichtig", i != 0));
        }
        CreatedAssessment mine = peer(null, seeds.profile("I", "1-9", null), "wichtig", true);
        assertThat(json(mine).path("benchmark").isNull()).isTrue();

        CreatedAssessment undecided = others.get(0);
        Document page = page(undecided);
        assertThat(page.selectFirst("#vergleichswerte-zustimmung").hasAttr("checked")).isFalse();
        MockHttpServletResponse saved = mvc.perform(post("/auswertung/" + undecided.viewToken().value() + "/vergleichswerte")
                        .with(csrf())
                        .param("vergleichswerte", "ja"))
                .andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).endsWith("?gespeichert=vergleichswerte#vergleichswerte-gespeichert");
        assertThat(json(mine).path("benchmark").path("count").asLong()).isEqualTo(10);
        Document confirmed = page(undecided, "?gespeichert=vergleichswerte");
        assertThat(confirmed.selectFirst("#vergleichswerte-gespeichert").text()).contains("zählt für anonyme Vergleichswerte mit");
        assertThat(confirmed.selectFirst("#vergleichswerte-zustimmung").hasAttr("checked")).isTrue();

        mvc.perform(post("/auswertung/" + undecided.viewToken().value() + "/vergleichswerte").with(csrf()));
        assertThat(json(mine).path("benchmark").isNull()).isTrue();
        assertThat(mvc.perform(post("/auswertung/" + undecided.viewToken().value() + "/vergleichswerte")
                .param("vergleichswerte", "ja")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theSaveFormTicksConsentByDefaultAndAnUntickedBoxSavesNo() throws Exception {
        Document result = Jsoup.parse(mvc.perform(get("/ergebnis?k=" + catalog.id() + "&a="
                        + ResultCode.encode(Answers.complete(catalog, Seeds.all(catalog, "wichtig")))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(result.selectFirst(".save-result #vergleichswerte-zustimmung").hasAttr("checked")).isTrue();
        assertThat(result.selectFirst(".save-result #vergleichswerte-hinweis").text()).contains("ohne Firmennamen");
        // The one sentence leads to the privacy page's section on benchmarks (its id is checked there).
        assertThat(result.selectFirst(".save-result #vergleichswerte-hinweis a").attr("href"))
                .isEqualTo("/datenschutz#privacy-benchmark");
        String code = result.selectFirst(".save-result input[name=a]").attr("value");
        String unticked = mvc.perform(post("/auswertungen").with(csrf()).param("k", "2022").param("a", code))
                .andReturn().getResponse().getRedirectedUrl();
        String ticked = mvc.perform(post("/auswertungen").with(csrf()).param("k", "2022").param("a", code)
                        .param("vergleichswerte", "ja"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(consentOf(unticked)).isFalse();
        assertThat(consentOf(ticked)).isTrue();
    }

    private boolean consentOf(String savedPage) {
        String token = savedPage.replaceAll(".*/auswertung/([^/]+)/gespeichert.*", "$1");
        return service.find(token).orElseThrow().benchmarkConsent();
    }

    private CreatedAssessment peer(UUID company, CompanyProfile profile, String level, boolean consent) {
        return seeds.complete(company, catalog, Seeds.all(catalog, level), profile, CurrentState.EMPTY, consent);
    }

    private JsonNode json(CreatedAssessment assessment) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/assessments/" + assessment.viewToken().value()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode json = JsonMapper.shared().readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.has("benchmark")).isTrue();
        return json;
    }

    private Document page(CreatedAssessment assessment) throws Exception {
        return page(assessment, "");
    }

    private Document page(CreatedAssessment assessment, String query) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/auswertung/" + assessment.viewToken().value() + query))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private String pdfHtml(CreatedAssessment assessment) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/auswertung/" + assessment.viewToken().value() + "/bericht.pdf"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
