package de.kundenkontakt.quickcheck.app.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The legal pages with the shipped example: its umlauts come through intact, and the privacy notice
 * covers what the product processes with legal basis, storage period and rights (Art. 13 GDPR).
 */
@QuickcheckContext
class OperatorPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    private Document page(String url, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).header("Accept-Language", language))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theExampleKeepsItsUmlautsOnEveryOperatorPage() throws Exception {
        for (String language : List.of("de", "en")) {
            for (String url : List.of("/impressum", "/datenschutz", "/hilfe")) {
                String text = page(url, language).select("main").text();
                assertThat(text).as(url).contains("Wirtschaftsförderung").doesNotContain("Ã", "\u009f");
            }
            assertThat(page("/impressum", language).select("main").text())
                    .contains("Musterstraße 1", "Erika Mustermann (Geschäftsführung, Beispiel)");
            assertThat(page("/impressum", language).select(".notice--warning")).hasSize(1);
        }
    }

    @Test
    void thePrivacyNoticeNamesLegalBasesPeriodsAndRightsInGerman() throws Exception {
        String text = page("/datenschutz", "de").select("main").text();
        assertThat(text).contains(
                "Art. 6 Abs. 1 lit. b DSGVO", "Art. 6 Abs. 1 lit. f DSGVO", "§ 25 Abs. 2 Nr. 2 TDDDG",
                "Entwürfe, die 90 Tage lang nicht geändert wurden", "24 Monate lang nicht aufgerufen",
                "„lang“", "„XSRF-TOKEN“", "SHA-256", "nach 7 Tagen gelöscht",
                "Art. 15", "Art. 16", "Art. 17", "Art. 18", "Datenübertragbarkeit (Art. 20 DSGVO)",
                "Ihr Widerspruchsrecht (Art. 21 DSGVO)", "Art. 77", "Schutz vor Überlastung",
                "Beispiel-Rechenzentrum GmbH", "Landesbeauftragte für Datenschutz Musterland",
                "„SESSION“", "nach 30 Minuten ohne Aktivität", "nach 15 Minuten gelöscht", "bcrypt");
    }

    @Test
    void thePrivacyNoticeCoversTheCompaniesAdvisorsKeepAndSharedAssessments() throws Exception {
        Document german = page("/datenschutz", "de");
        assertThat(german.select("#privacy-companies + p").text()).contains("Namen des Unternehmens", "Teilnahmelinks");
        assertThat(german.select("section[aria-labelledby=privacy-companies] dd").eachText()).hasSize(3)
                .anySatisfy(dd -> assertThat(dd).contains("Art. 6 Abs. 1 lit. b DSGVO"))
                .anySatisfy(dd -> assertThat(dd).contains("Ein Teilnahmelink gilt 14 Tage"));
        assertThat(german.select("section[aria-labelledby=privacy-sharing] dd").eachText()).hasSize(3)
                .anySatisfy(dd -> assertThat(dd).contains("Art. 6 Abs. 1 lit. a DSGVO"))
                .anySatisfy(dd -> assertThat(dd).contains("Falsche Codes zählen 15 Minuten lang"));

        Document english = page("/datenschutz", "en");
        assertThat(english.select("section[aria-labelledby=privacy-companies] dd").eachText())
                .anySatisfy(dd -> assertThat(dd).contains("A participation link works for 14 days"));
        assertThat(english.select("section[aria-labelledby=privacy-sharing] dd").eachText())
                .anySatisfy(dd -> assertThat(dd).contains("Article 6(1)(a) GDPR"))
                .anySatisfy(dd -> assertThat(dd).contains("Wrong codes count for 15 minutes"));
    }

    @Test
    void thePrivacyNoticeNamesLegalBasesPeriodsAndRightsInEnglish() throws Exception {
        String text = page("/datenschutz", "en").select("main").text();
        assertThat(text).contains(
                "Article 6(1)(b) GDPR", "Article 6(1)(f) GDPR", "Drafts that have not been changed for 90 days",
                "not been opened for 24 months", "“XSRF-TOKEN”", "Data portability (Article 20 GDPR)",
                "Your right to object (Article 21 GDPR)", "deleted after 7 days", "“SESSION”",
                "after 30 minutes without activity");
        assertThat(text).doesNotContain("Art. 6 Abs.", "Tage");
    }

    @Test
    void thePrivacyNoticeExplainsTheBenchmarkOptOutWithTheWordsOfItsCheckbox() throws Exception {
        for (String language : List.of("de", "en")) {
            String checkbox = messages.getMessage("statistics.consent.label", null, Locale.forLanguageTag(language));
            Document page = page("/datenschutz", language);
            String section = page.select("section:has(#privacy-benchmark)").text();
            assertThat(section).as(language)
                    .contains(language.equals("de") ? "„" + checkbox + "“" : "“" + checkbox + "”")
                    .contains(language.equals("de") ? "ab zehn vergleichbaren" : "once ten comparable")
                    .contains(language.equals("de") ? "Art. 6 Abs. 1 lit. f DSGVO" : "Article 6(1)(f) GDPR");
            assertThat(page.select("section:has(#privacy-benchmark) dd")).as(language).hasSize(3);
        }
    }
}
