package de.kundenkontakt.quickcheck.app.result;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@QuickcheckContext
class ResultPageIntegrationTest {

    private static final Pattern ROW = Pattern.compile(
            "<tr class=\"ranking__row\" data-touchpoint=\"([^\"]+)\">.*?class=\"ranking__percent\">([^<]+)</span>",
            Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    record Golden(String catalog, Map<String, String> answers, List<String> order, List<String> percents) {}

    /** The first golden case of the 2022 catalogue whose percentages are not all equal. */
    static Golden golden() {
        for (GoldenCases.Case each : GoldenCases.all()) {
            List<String> order = each.expected().stream().map(GoldenCases.Expected::touchpoint).toList();
            List<String> percents = each.expected().stream().map(GoldenCases.Expected::percent).toList();
            if (each.catalog().equals("2022") && percents.stream().distinct().count() > 5) {
                return new Golden("2022", each.answers(), order, percents);
            }
        }
        throw new AssertionError("no usable golden case in " + GoldenCases.FILE);
    }

    private String page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        return mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
    }

    private static List<String[]> rows(String html) {
        return ROW.matcher(html).results().map(m -> new String[] {m.group(1), m.group(2)}).toList();
    }

    private static String linkOf(Golden golden) {
        Catalog catalog = Catalogs.builtIn().find(golden.catalog()).orElseThrow();
        return ResultCode.resultLink(Answers.complete(catalog, golden.answers()));
    }

    @Test
    void showsTheGoldenCaseInTheGoldenOrderWithGermanDecimalComma() throws Exception {
        Golden golden = golden();

        String html = page(get(linkOf(golden)), 200);

        List<String[]> rows = rows(html);
        assertThat(rows).extracting(r -> r[0]).containsExactlyElementsOf(golden.order());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i)[1]).isEqualTo(golden.percents().get(i).replace('.', ',') + "\u00a0%");
        }
        assertThat(html).contains("<html lang=\"de\"").contains("<h1>Ihr Ergebnis</h1>").contains("Antworten ändern");
    }

    @Test
    void speaksEnglishWhenTheBrowserAsksForIt() throws Exception {
        Golden golden = golden();

        String html = page(get(linkOf(golden)).header("Accept-Language", "en-US,en;q=0.9"), 200);

        assertEnglish(html, golden);
    }

    @Test
    void speaksEnglishWhenTheLinkAsksForIt() throws Exception {
        Golden golden = golden();

        String html = page(get(linkOf(golden) + "&lang=en"), 200);

        assertEnglish(html, golden);
    }

    @Test
    void keepsEachLanguageOfTheSameLinkApartWhenItIsAskedForAgain() throws Exception {
        Golden golden = golden();

        String german = page(get(linkOf(golden)), 200);
        String english = page(get(linkOf(golden) + "&lang=en"), 200);
        String germanAgain = page(get(linkOf(golden)), 200);

        assertEnglish(english, golden);
        assertThat(english).doesNotContain("Antworten ändern");
        assertThat(withoutToken(germanAgain)).isEqualTo(withoutToken(german));
        assertThat(german).doesNotContain("Change answers");
        assertThat(rows(german)).hasSize(golden.order().size());
    }

    private static String withoutToken(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    private static void assertEnglish(String html, Golden golden) {
        assertThat(html).contains("<html lang=\"en\"").contains("<h1>Your result</h1>").contains("Change answers");
        List<String[]> rows = rows(html);
        assertThat(rows).extracting(r -> r[0]).containsExactlyElementsOf(golden.order());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i)[1]).isEqualTo(golden.percents().get(i) + "%");
        }
    }

    @Test
    void groupsByRecommendationAndLinksBackToThePreFilledQuestionnaire() throws Exception {
        String html = page(get("/ergebnis").param("k", "2022").param("a", "32103210321032"), 200);

        assertThat(html).contains("href=\"/fragebogen?k=2022&amp;a=32103210321032\"");
        int recommended = html.indexOf("id=\"gruppe-empfehlenswert\"");
        int closerLook = html.indexOf("id=\"gruppe-bedingt-empfehlenswert\"");
        int lessRelevant = html.indexOf("id=\"gruppe-eher-uninteressant\"");
        assertThat(recommended).isPositive().isLessThan(closerLook);
        assertThat(closerLook).isLessThan(lessRelevant);
        assertThat(html).contains("<details class=\"answers-summary\">");
        assertThat(rows(html)).hasSize(23);
        Matcher bar = Pattern.compile("class=\"bar__fill bar-tier-\\d\" x=\"0\" y=\"0\" height=\"10\" width=\"([0-9.]+)\"").matcher(html);
        assertThat(bar.find()).isTrue();
        assertThat(bar.group(1)).matches("\\d{1,3}\\.\\d");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /ergebnis                              | Im Link fehlt die Version des Fragebogens
            /ergebnis?a=32103210321032             | Im Link fehlt die Version des Fragebogens
            /ergebnis?k=2022                       | Im Link fehlen die Antworten
            /ergebnis?k=1999&a=32103210321032      | Fragebogen-Version „1999“, die es nicht gibt
            /ergebnis?k=2022&a=3210                | haben 4 Ziffern; es müssen genau 14 sein
            /ergebnis?k=2022&a=3210321032103210    | haben 16 Ziffern; es müssen genau 14 sein
            /ergebnis?k=2022&a=3210321032103x      | an Stelle 14 steht „x“
            /ergebnis?k=2022&a=32103210321039      | nur die Ziffern 0 bis 3
            """)
    void explainsWhatIsWrongWithABadResultLink(String link, String explanation) throws Exception {
        String html = page(get(link), 400);

        assertThat(html).contains(explanation).contains("href=\"/fragebogen\"").doesNotContain("Exception");
    }

    @Test
    void explainsABadResultLinkInEnglish() throws Exception {
        String html = page(get("/ergebnis?k=2022&a=3210&lang=en"), 400);

        assertThat(html).contains("The answers in the link have 4 digits; there must be exactly 14")
                .contains("Start the Quickcheck again");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "33333333333333 | de | Alle Kanäle passen gleich gut | „sehr wichtig“ | 100,0\u00a0%",
        "00000000000000 | de | Keine Grundlage für eine Empfehlung | „unwichtig“ | 0,0\u00a0%",
        "22222222222222 | en | Every channel fits equally well | “important” | 66.7%",
        "00000000000000 | en | No basis for a recommendation | “not important” | 0.0%",
    })
    void equalAnswersSayThatThereIsNoBestTouchpointInsteadOfNamingOne(
            String code, String language, String title, String level, String percent) throws Exception {
        String html = page(get("/ergebnis?k=2022&a=" + code + "&lang=" + language), 200);

        assertThat(html).contains(title).contains(level).contains(percent)
                .doesNotContain("Am besten passt").doesNotContain("fits best, with")
                .doesNotContain("journey__strip")
                .contains("href=\"/fragebogen?k=2022&amp;a=" + code + "\"");
        // Every touchpoint shares the first place.
        assertThat(html.split("<td class=\"ranking__rank\">1\\.</td>", -1)).hasSize(24);
    }

    @Test
    void answersThatDifferNameTheBestTouchpointAndTheJourney() throws Exception {
        String html = page(get("/ergebnis?k=2022&a=32103210321032"), 200);

        assertThat(html).contains("Am besten passt").contains("journey__strip").doesNotContain("data-outcome");
    }
}
