package de.kundenkontakt.quickcheck.app.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.Usage;
import de.kundenkontakt.quickcheck.app.assessment.web.AssessmentPagesIntegrationTest.Saved;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** "Erneut prüfen" and the comparison page, with golden cases from {@code shared/golden/cases.jsonl}. */
@QuickcheckContext
class AssessmentComparisonIntegrationTest {

    private static final Catalogs CATALOGS = Catalogs.builtIn();

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService service;

    /** A golden case: its catalogue, answers and expected percent (as text) by touchpoint. */
    record Golden(String catalog, Map<String, String> answers, Map<String, String> percents) {}

    static List<Golden> golden(String catalog) {
        List<Golden> cases = new ArrayList<>();
        for (GoldenCases.Case each : GoldenCases.all()) {
            if (!each.catalog().equals(catalog)) {
                continue;
            }
            Map<String, String> percents = new LinkedHashMap<>();
            for (GoldenCases.Expected expected : each.expected()) {
                percents.put(expected.touchpoint(), expected.percent());
            }
            cases.add(new Golden(catalog, each.answers(), percents));
        }
        return cases;
    }

    /** Two cases whose answers differ in some questions but not in all. */
    static Golden[] twoDifferent(List<Golden> cases) {
        for (Golden a : cases) {
            for (Golden b : cases) {
                long differing = a.answers().keySet().stream().filter(q -> !a.answers().get(q).equals(b.answers().get(q))).count();
                if (differing > 0 && differing < a.answers().size() && !a.percents().equals(b.percents())) {
                    return new Golden[] {a, b};
                }
            }
        }
        throw new IllegalStateException("no two golden cases fit");
    }

    /** "Erneut prüfen" as a person does it: open the pre-filled questionnaire, change answers, show the result. */
    private Saved reassessAndComplete(String earlierView, Map<String, String> answers) throws Exception {
        mvc.perform(get("/auswertung/" + earlierView + "/erneut")).andExpect(status().isOk());
        MockHttpServletRequestBuilder complete = post("/auswertung/" + earlierView + "/erneut").with(csrf());
        answers.forEach((question, level) -> complete.param("answers[" + question + "]", level));
        Saved later = AssessmentPagesIntegrationTest.saved(mvc.perform(complete).andReturn().getResponse());
        Assessment saved = service.find(later.view()).orElseThrow();
        assertThat(saved.isComplete()).isTrue();
        assertThat(saved.reassessedFrom()).isPresent();
        return later;
    }

    private static String german(String percent) {
        return percent.replace('.', ',') + " %";
    }

    @Test
    void reassessingStartsAPreFilledDraftAndTheComparisonShowsWhatMovedAsTheGoldenCasesSay() throws Exception {
        Golden[] pair = twoDifferent(golden("2022"));
        Golden before = pair[0];
        Golden after = pair[1];
        String earlier = service.createComplete(new AssessmentInput(
                "2022", before.answers(), CompanyProfile.EMPTY, new CurrentState(Map.of("website", Usage.IN_USE))))
                .viewToken().value();

        Document prefilled = Jsoup.parse(mvc.perform(get("/auswertung/" + earlier + "/erneut")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(prefilled.select("input[type=radio][checked]")).hasSize(before.answers().size());
        assertThat(prefilled.select("form.questionnaire").attr("action")).isEqualTo("/auswertung/" + earlier + "/erneut");
        assertThat(prefilled.text()).contains("Gespeichert wird erst");
        assertThat(service.history(service.find(earlier).orElseThrow())).as("opening it saves nothing").hasSize(1);

        Saved later = reassessAndComplete(earlier, after.answers());
        assertThat(service.find(later.view()).orElseThrow().currentState().isInUse("website")).isTrue();

        Document page = Jsoup.parse(mvc.perform(get("/auswertung/" + later.view())).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#verlauf a[href=/auswertung/" + later.view() + "/vergleich?mit=1]")).hasSize(1);
        Document older = Jsoup.parse(mvc.perform(get("/auswertung/" + earlier)).andReturn().getResponse().getContentAsString());
        assertThat(older.select("#verlauf a[href=/auswertung/" + earlier + "/vergleich?mit=2]")).as("the old one links to its successor").hasSize(1);

        Document html = Jsoup.parse(mvc.perform(get("/auswertung/" + later.view() + "/vergleich").param("mit", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Catalog catalog = CATALOGS.find("2022").orElseThrow();
        List<String> changedTopics = catalog.questions().stream()
                .filter(q -> !before.answers().get(q.id()).equals(after.answers().get(q.id())))
                .map(q -> q.topic().de())
                .toList();
        assertThat(html.select("tr.compare-answer th").eachText()).containsExactlyElementsOf(changedTopics);
        assertThat(html.select(".notice")).isEmpty();

        List<Element> rows = html.select("tr.compare-movement");
        assertThat(rows).hasSize(23);
        for (Element row : rows) {
            String id = row.attr("data-touchpoint");
            String was = before.percents().get(id);
            String now = after.percents().get(id);
            List<String> percents = row.select(".compare-percent").eachText().stream()
                    .map(text -> text.replace('\u00a0', ' '))
                    .toList();
            assertThat(percents).as(id).containsExactly(german(was), german(now));
            int direction = new java.math.BigDecimal(now).compareTo(new java.math.BigDecimal(was));
            String change = row.select(".compare-change").text();
            if (direction > 0) {
                assertThat(row.attr("data-direction")).isEqualTo("up");
                assertThat(change).startsWith("▲").contains("gestiegen um");
            } else if (direction < 0) {
                assertThat(row.attr("data-direction")).isEqualTo("down");
                assertThat(change).startsWith("▼").contains("gesunken um");
            } else {
                assertThat(change).startsWith("=").contains("unverändert");
            }
            assertThat(row.select(".compare-symbol").attr("aria-hidden")).isEqualTo("true");
        }
    }

    @Test
    void comparingAcrossCatalogueVersionsSaysSoAndComparesOnlyWhatBothShare() throws Exception {
        Golden before = golden("2020").get(0);
        Golden after = golden("2022").get(2);
        String earlier = service.createComplete(new AssessmentInput("2020", before.answers(), CompanyProfile.EMPTY, CurrentState.EMPTY))
                .viewToken().value();

        Saved later = reassessAndComplete(earlier, after.answers());

        Document html = Jsoup.parse(mvc.perform(get("/auswertung/" + later.view() + "/vergleich").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(html.select(".notice").text()).contains("different versions").contains("Only the questions and channels both versions contain");
        Catalog old = CATALOGS.find("2020").orElseThrow();
        Catalog now = CATALOGS.find("2022").orElseThrow();
        long shared = now.touchpoints().stream().filter(t -> old.touchpoint(t.id()).isPresent()).count();
        assertThat(html.select("tr.compare-movement")).hasSize((int) shared).hasSizeLessThan(23);
        assertThat(html.select("tr.compare-movement").eachAttr("data-touchpoint"))
                .allMatch(id -> old.touchpoint(id).isPresent());
    }

    @Test
    void withoutAnEarlierAssessmentThereIsNoComparison() throws Exception {
        String alone = service.createComplete(AssessmentInput.of(golden("2022").get(0).answers())).viewToken().value();

        mvc.perform(get("/auswertung/" + alone + "/vergleich")).andExpect(status().isNotFound());
    }

    @Test
    void afterTheEarlierOneIsDeletedTheComparisonIsGoneButTheNewAssessmentStays() throws Exception {
        CreatedAssessment first = service.createComplete(AssessmentInput.of(golden("2022").get(0).answers()));
        Saved later = reassessAndComplete(first.viewToken().value(), golden("2022").get(1).answers());

        service.delete(first.deleteToken());

        mvc.perform(get("/auswertung/" + later.view() + "/vergleich")).andExpect(status().isNotFound());
        Document page = Jsoup.parse(mvc.perform(get("/auswertung/" + later.view())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("a[href*=/vergleich]")).isEmpty();
    }

    @Test
    void aChainOfThreeComparesWithTheFirstAndShowsTheTrendAsChartAndTable() throws Exception {
        List<Golden> cases = golden("2022");
        CreatedAssessment first = service.createComplete(AssessmentInput.of(cases.get(0).answers()));
        Saved second = reassessAndComplete(first.viewToken().value(), cases.get(1).answers());
        Saved third = reassessAndComplete(second.view(), cases.get(2).answers());

        Document page = Jsoup.parse(mvc.perform(get("/auswertung/" + third.view())).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#verlauf li")).hasSize(3);
        assertThat(page.select("#verlauf a[href*=/vergleich?mit=]").eachAttr("href"))
                .containsExactly("/auswertung/" + third.view() + "/vergleich?mit=1", "/auswertung/" + third.view() + "/vergleich?mit=2");

        Document compare = Jsoup.parse(mvc.perform(get("/auswertung/" + third.view() + "/vergleich").param("mit", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (Element row : compare.select("tr.compare-movement")) {
            String id = row.attr("data-touchpoint");
            assertThat(row.select(".compare-percent").eachText().stream().map(t -> t.replace('\u00a0', ' ')).toList())
                    .as(id).containsExactly(german(cases.get(0).percents().get(id)), german(cases.get(2).percents().get(id)));
        }
        mvc.perform(get("/auswertung/" + third.view() + "/vergleich").param("mit", "3")).andExpect(status().isBadRequest());
        mvc.perform(get("/auswertung/" + third.view() + "/vergleich").param("mit", "x")).andExpect(status().isBadRequest());

        Document trend = Jsoup.parse(mvc.perform(get("/auswertung/" + third.view() + "/verlauf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(trend.select("tr.trend-row")).hasSize(23);
        for (Element row : trend.select("tr.trend-row")) {
            String id = row.attr("data-touchpoint");
            assertThat(row.select("td.compare-percent").eachText().stream().map(t -> t.replace('\u00a0', ' ')).toList())
                    .containsExactly(german(cases.get(0).percents().get(id)), german(cases.get(1).percents().get(id)),
                            german(cases.get(2).percents().get(id)));
            assertThat(row.select("svg polyline").attr("points").split(" ")).hasSize(3);
        }
    }
}
