package de.kundenkontakt.quickcheck.app.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import de.kundenkontakt.quickcheck.engine.SharedCopy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@QuickcheckContext
class GuidePagesIntegrationTest {

    private static final String[] PHASES = {"attention", "interest", "desire", "action", "loyalty", "advocacy"};

    @Autowired
    MockMvc mvc;

    /** touchpoint id → phases marked 1 in the guide's Tabelle 1 (reference/touchpoints.csv). */
    static Map<String, List<String>> referencePhases() {
        Map<String, List<String>> phases = new TreeMap<>();
        List<String> lines = SharedCopy.lines("reference/touchpoints.csv");
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.strip().split(",");
            List<String> fits = new ArrayList<>();
            for (int i = 0; i < PHASES.length; i++) {
                if (cells[cells.length - PHASES.length + i].equals("1")) {
                    fits.add(PHASES[i]);
                }
            }
            phases.put(cells[0], fits);
        }
        return phases;
    }

    static Stream<String> touchpointIds() {
        return referencePhases().keySet().stream();
    }

    private Document page(String url, String language) throws Exception {
        String html = mvc.perform(get(url).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    @ParameterizedTest
    @MethodSource("touchpointIds")
    void touchpointPageShowsTheJourneyPhasesOfTheGuidesTable(String id) throws Exception {
        List<String> expected = referencePhases().get(id);
        for (String language : List.of("de", "en")) {
            Document page = page("/kanaele/" + id, language);

            List<String> fits = page.select(".phase-item--fits").stream()
                    .map(item -> item.selectFirst("[data-phase]").attr("data-phase"))
                    .toList();
            assertThat(fits).as(id + " in " + language).isEqualTo(expected);
            assertThat(page.select("main h2")).hasSizeGreaterThanOrEqualTo(9);
            assertThat(page.select("main .literature li")).isNotEmpty();
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
        }
    }

    @Test
    void indexFiltersByJourneyPhase() throws Exception {
        Map<String, List<String>> reference = referencePhases();
        Document all = page("/kanaele", "de");
        assertThat(all.select(".card-list .card")).hasSize(23);

        Document attention = page("/kanaele?phase=attention", "de");

        List<String> shown = attention.select(".card-list .card h2 a").stream()
                .map(a -> a.attr("href").replace("/kanaele/", ""))
                .sorted()
                .toList();
        List<String> expected = reference.entrySet().stream()
                .filter(e -> e.getValue().contains("attention"))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        assertThat(shown).isEqualTo(expected);
    }

    @Test
    void unknownPhaseIsExplainedAndAllTouchpointsShown() throws Exception {
        Document page = page("/kanaele?phase=kaufrausch", "de");

        assertThat(page.select("[role=alert]").text()).contains("kaufrausch");
        assertThat(page.select(".card-list .card")).hasSize(23);
    }

    @Test
    void unknownTouchpointIsNotFound() throws Exception {
        mvc.perform(get("/kanaele/fax")).andExpect(status().isNotFound());
    }

    @Test
    void needsPageExplainsAll14NeedsWithTheirStrongestTouchpoints() throws Exception {
        Document page = page("/beduerfnisse", "en");

        assertThat(page.select("section.need")).hasSize(14);
        assertThat(page.select("#reichweite .weighted-list li").text()).contains("Blog");
        assertThat(page.select("#reichweite .visually-hidden").text()).contains("weight 3 of 3");
    }

    @Test
    void guidePagesRenderInBothLanguages() throws Exception {
        for (String url : List.of("/customer-journey", "/tipps", "/glossar", "/hilfe", "/impressum", "/datenschutz")) {
            Document german = page(url, "de");
            Document english = page(url, "en");
            assertThat(german.select("h1").text()).as(url).isNotBlank().isNotEqualTo(english.select("h1").text());
        }
    }

    @Test
    void operatorPagesWarnWhileTheShippedExampleIsInUse() throws Exception {
        Document imprint = page("/impressum", "de");

        assertThat(imprint.select("[role=note]").text()).contains("Beispielangaben");
        assertThat(page("/hilfe", "en").select(".card-list .card")).hasSize(2);
    }

    @Test
    void aTouchpointPageOpenedFromAResultShowsThisCompanysFitAndTheWayBack() throws Exception {
        String code = "32103210321032";
        var answers = de.kundenkontakt.quickcheck.app.result.ResultCode.decode(
                de.kundenkontakt.quickcheck.engine.Catalogs.builtIn(), "2022", code);
        var view = de.kundenkontakt.quickcheck.app.result.ResultView.of(answers.catalog().evaluate(answers), java.util.Locale.GERMAN);
        var blog = view.ranking().stream().filter(r -> r.touchpointId().equals("blog")).findFirst().orElseThrow();

        Document fromResult = page("/kanaele/blog?k=2022&a=" + code, "de");
        assertThat(fromResult.select(".your-fit").text()).contains("Für Ihr Unternehmen").contains(blog.percent().replace('\u00a0', ' '))
                .contains(blog.recommendation()).contains("Platz " + blog.place() + " von 23").contains(blog.why());
        assertThat(fromResult.select(".your-fit a").attr("href")).isEqualTo("/ergebnis?k=2022&a=" + code);
        assertThat(fromResult.select(".your-fit a").text()).isEqualTo("Zurück zu Ihrem Ergebnis");

        String token = de.kundenkontakt.quickcheck.app.assessment.AccessToken.generate().value();
        var response = mvc.perform(get("/kanaele/blog?k=2022&a=" + code + "&auswertung=" + token))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(Jsoup.parse(response.getContentAsString()).select(".your-fit a").attr("href"))
                .isEqualTo("/auswertung/" + token + "#rangfolge");

        assertThat(page("/kanaele/blog?k=2022&a=12", "de").select(".your-fit")).as("a broken code shows the plain page").isEmpty();
        assertThat(page("/kanaele/blog", "de").select(".your-fit")).isEmpty();
        assertThat(page("/kanaele/blog?k=2022&a=" + code, "en").select(".your-fit a").text()).isEqualTo("Back to your result");
    }
}
