package de.kundenkontakt.quickcheck.app.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@QuickcheckContext
class JourneyMapIntegrationTest {

    @Autowired
    MockMvc mvc;

    /** The first 2022 golden case with both gaps and covered phases in its journey map. */
    private static GoldenCases.Case caseWithGaps() {
        return GoldenCases.all().stream()
                .filter(c -> c.catalog().equals("2022"))
                .filter(c -> {
                    ResultView view = ResultView.of(c.evaluate(), Locale.GERMAN);
                    return !view.gaps().isEmpty() && view.gaps().size() < 6;
                })
                .findFirst()
                .orElseThrow();
    }

    private Document resultPage(Evaluation evaluation, String language) throws Exception {
        String html = mvc.perform(get(ResultCode.resultLink(evaluation.answers())).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    @Test
    void resultPageShowsTheJourneyMapWithGapsAndATextEquivalent() throws Exception {
        GoldenCases.Case golden = caseWithGaps();
        Evaluation evaluation = golden.evaluate();
        ResultView view = ResultView.of(evaluation, Locale.GERMAN);

        Document page = resultPage(evaluation, "de");

        assertThat(page.select(".journey figure figcaption").text()).isNotBlank();
        assertThat(page.select(".journey svg").attr("aria-hidden")).isEqualTo("true");
        for (ResultView.Stage stage : view.journey()) {
            var item = page.selectFirst(".journey__stages li[data-phase=" + stage.phaseId() + "]");
            assertThat(item).as(stage.phaseId()).isNotNull();
            List<String> names = item.select(".journey-stage__list a").eachText();
            assertThat(names).isEqualTo(stage.touchpoints().stream().map(ResultView.Row::name).toList());
            assertThat(item.hasClass("journey-stage--gap")).isEqualTo(stage.gap());
            if (stage.gap()) {
                assertThat(item.text()).contains("Lücke");
            }
        }
    }

    @Test
    void everyRankedTouchpointLinksToItsPageAndCarriesAnExplanation() throws Exception {
        Evaluation evaluation = GoldenCases.all().get(5).evaluate();

        Document page = resultPage(evaluation, "en");

        List<String> links = page.select(".ranking__row .ranking__name a").eachAttr("href");
        assertThat(links).hasSize(evaluation.ranking().size());
        assertThat(links).allSatisfy(href -> assertThat(href).startsWith("/kanaele/"));
        assertThat(page.select(".ranking__why .why:not(.why--held-back)").eachText())
                .hasSize(evaluation.ranking().size())
                .allSatisfy(why -> assertThat(why)
                        .matches("(Fits because you rated|Most of its points come from|This channel serves none).*"));
    }
}
