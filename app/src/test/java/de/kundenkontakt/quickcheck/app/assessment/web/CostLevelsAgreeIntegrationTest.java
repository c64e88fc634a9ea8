package de.kundenkontakt.quickcheck.app.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.kundenkontakt.quickcheck.app.catalog.TouchpointCosts;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.nio.charset.StandardCharsets;
import de.kundenkontakt.quickcheck.engine.CostLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No page states a cost level that contradicts the reviewed cost data ({@code
 * content/touchpoint-costs.yaml}): the channel pages, the action plan of a saved assessment and
 * the PDF report all say what the data says, in German and English.
 */
@QuickcheckContext
class CostLevelsAgreeIntegrationTest {

    /** Twelve needs "sehr wichtig", both cost needs "unwichtig": all 23 channels at least "empfehlenswert". */
    private static final String CODE = "33333333333300";

    private static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH);

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    TouchpointCosts costs;

    private String label(TouchpointCosts.Estimate estimate, Locale locale) {
        return messages.getMessage(estimate.labelKey(), null, locale);
    }

    private String facts(String touchpointId, Locale locale) {
        TouchpointCosts.Cost cost = costs.of(touchpointId);
        return "de".equals(locale.getLanguage())
                ? "Einstiegskosten: " + label(cost.entry(), locale) + ". Laufende Kosten: " + label(cost.running(), locale) + "."
                : "Entry cost: " + label(cost.entry(), locale) + ". Running cost: " + label(cost.running(), locale) + ".";
    }

    @Test
    void channelPagesStateTheCostsOfTheData() throws Exception {
        for (Touchpoint touchpoint : Catalogs.builtIn().defaultCatalog().touchpoints()) {
            TouchpointCosts.Cost cost = costs.of(touchpoint);
            for (Locale locale : LANGUAGES) {
                Document page = Jsoup.parse(mvc.perform(get("/kanaele/" + touchpoint.id()).header("Accept-Language", locale.getLanguage()))
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
                String name = touchpoint.id() + " (" + locale.getLanguage() + ")";
                Element entry = page.selectFirst("dd[data-cost=entry]");
                Element running = page.selectFirst("dd[data-cost=running]");
                assertThat(entry.selectFirst(".cost-level").text()).as(name + " entry").isEqualTo(label(cost.entry(), locale));
                assertThat(entry.text()).as(name + " entry reason").endsWith(cost.entry().reason(locale));
                assertThat(running.selectFirst(".cost-level").text()).as(name + " running").isEqualTo(label(cost.running(), locale));
                assertThat(running.text()).as(name + " running reason").endsWith(cost.running().reason(locale));
            }
        }
    }

    @Test
    void theActionPlanOnThePageAndInThePdfStatesTheCostsOfTheData() throws Exception {
        String location = mvc.perform(post("/auswertungen").with(csrf()).param("k", "2022").param("a", CODE))
                .andReturn().getResponse().getRedirectedUrl();
        String view = location.substring(0, location.indexOf("/gespeichert"));
        mvc.perform(post(view + "/stand").with(csrf()).param("usage[website]", "in-use")).andExpect(status().isFound());

        for (Locale locale : LANGUAGES) {
            Document page = Jsoup.parse(mvc.perform(get(view).header("Accept-Language", locale.getLanguage()))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            List<String> planned = new ArrayList<>();
            for (Element step : page.select("#plan .plan-step[data-touchpoint]")) {
                String id = step.attr("data-touchpoint");
                planned.add(id);
                boolean quickWin = step.closest("ol").previousElementSibling().text()
                        .equals(messages.getMessage("assessment.plan.quickWins", null, locale));
                assertThat(quickWin).as(id + " is a quick win exactly when the data says low entry cost")
                        .isEqualTo(costs.of(id).entry().level() == CostLevel.LOW);
            }
            // Every channel but the website (in use) is in the plan, the three the review changed among them.
            assertThat(planned).hasSize(22).contains("track-and-trace", "online-messe", "social-media");
            // Every step on the page, in the plan and in the summary's first steps, states the data's costs.
            for (Element step : page.select(".plan-step[data-touchpoint]")) {
                String id = step.attr("data-touchpoint");
                assertThat(step.selectFirst(".plan-step__facts").text()).as(id + " (" + locale.getLanguage() + ")")
                        .endsWith(facts(id, locale));
            }

            List<String> inPlanOrder = planned.stream().map(id -> facts(id, locale)).toList();
            List<String> stated = costStatements(pdfText(view, locale), locale);
            assertThat(Collections.indexOfSubList(stated, inPlanOrder))
                    .as("the PDF's action plan states the data's costs step by step (" + locale.getLanguage() + ")")
                    .isNotNegative();
            assertThat(inPlanOrder).as("every cost statement of the PDF belongs to a planned step")
                    .containsAll(stated);
        }
    }

    /** The "Einstiegskosten: …. Laufende Kosten: …." statements of a text, in order. */
    private static List<String> costStatements(String text, Locale locale) {
        Pattern statement = "de".equals(locale.getLanguage())
                ? Pattern.compile("Einstiegskosten: \\p{L}+\\. Laufende Kosten: \\p{L}+\\.")
                : Pattern.compile("Entry cost: \\p{L}+\\. Running cost: \\p{L}+\\.");
        List<String> found = new ArrayList<>();
        Matcher matcher = statement.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private String pdfText(String view, Locale locale) throws Exception {
        byte[] bytes = mvc.perform(get(view + "/bericht.pdf").header("Accept-Language", locale.getLanguage()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            // Lines are joined: a step's facts may wrap onto the next line.
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
