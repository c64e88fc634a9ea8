package de.kundenkontakt.quickcheck.app.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@QuickcheckContext
class QuestionnaireIntegrationTest {

    private static final Catalog CATALOG = Catalogs.builtIn().find("2022").orElseThrow();
    private static final List<String> LEVELS = List.of("unwichtig", "weniger-wichtig", "wichtig", "sehr-wichtig");

    @Autowired
    MockMvc mvc;

    private String page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(expectedStatus))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<String> fieldsets(String html) {
        return Pattern.compile("<fieldset.*?</fieldset>", Pattern.DOTALL).matcher(html).results()
                .map(java.util.regex.MatchResult::group)
                .toList();
    }

    private static long count(String html, String regex) {
        return Pattern.compile(regex).matcher(html).results().count();
    }

    @Test
    void showsFourteenQuestionsEachAFieldsetWithFourLabelledRadios() throws Exception {
        String html = page(get("/fragebogen"), 200);

        List<String> fieldsets = fieldsets(html);
        assertThat(fieldsets).hasSize(14);
        for (int i = 0; i < 14; i++) {
            Question question = CATALOG.questions().get(i);
            String fieldset = fieldsets.get(i);
            assertThat(fieldset).contains("<legend").contains(question.topic().de()).contains(question.hint().de());
            assertThat(fieldset).contains("aria-describedby=\"frage-" + question.id() + "-hinweis\"");
            assertThat(count(fieldset, "type=\"radio\"")).isEqualTo(4);
            for (int level = 0; level < 4; level++) {
                String id = "frage-" + question.id() + "-" + level;
                assertThat(fieldset).contains("id=\"" + id + "\"").contains("<label class=\"radios__label\" for=\"" + id + "\"");
            }
            assertThat(fieldset).doesNotContainPattern("\\schecked");
        }
        assertThat(html).contains("name=\"k\" value=\"2022\"").contains("data-template=\"{0} von {1} beantwortet\"");
        assertThat(html).doesNotContain("Es gibt ein Problem");
    }

    @Test
    void offersToContinueLaterWithASecondButtonAfterTheMainOne() throws Exception {
        String html = page(get("/fragebogen"), 200);

        assertThat(html).containsPattern("<button class=\"button\" type=\"submit\">Ergebnis anzeigen</button>\\s*"
                + "<button class=\"button button--secondary\" type=\"submit\" name=\"action\" value=\"draft\">Später weitermachen</button>");
        assertThat(page(get("/fragebogen").header("Accept-Language", "en"), 200)).contains(">Continue later</button>");
    }

    @Test
    void continueLaterHandsTheAnswersSoFarToTheDraftEndpointWithoutAskingForTheOpenOnes() throws Exception {
        mvc.perform(post("/fragebogen").with(csrf()).param("k", "2022").param("answers[reichweite]", "wichtig")
                        .param("action", "draft"))
                .andExpect(status().isOk())
                .andExpect(forwardedUrl("/auswertungen/entwurf"));
    }

    @Test
    void continueLaterStillRefusesTamperedAnswers() throws Exception {
        String html = page(post("/fragebogen").with(csrf()).param("k", "2022").param("answers[reichweite]", "egal")
                .param("action", "draft"), 400);

        assertThat(html).contains("die Antwort „egal“");
    }

    @Test
    void showsTheOtherCatalogueWhenAskedFor() throws Exception {
        String html = page(get("/fragebogen").param("k", "2020"), 200);

        assertThat(html).contains("name=\"k\" value=\"2020\"").contains("Quickcheck 2020");
        assertThat(fieldsets(html)).hasSize(Catalogs.builtIn().find("2020").orElseThrow().questions().size());
    }

    @Test
    void preFillsTheAnswersOfAResultLink() throws Exception {
        String html = page(get("/fragebogen").param("k", "2022").param("a", "32103210321032"), 200);

        List<String> fieldsets = fieldsets(html);
        for (int i = 0; i < 14; i++) {
            String chosen = LEVELS.get(List.of(3, 2, 1, 0).get(i % 4));
            assertThat(count(fieldsets.get(i), "\\schecked")).isEqualTo(1);
            assertThat(fieldsets.get(i)).containsPattern("value=\"" + chosen + "\"\\s+checked");
        }
    }

    @Test
    void redirectsCompleteAnswersToTheirShareableResultLink() throws Exception {
        MockHttpServletRequestBuilder request = post("/fragebogen").with(csrf()).param("k", "2022");
        for (Question question : CATALOG.questions()) {
            request.param("answers[" + question.id() + "]", LEVELS.get(question.position() % 4));
        }

        mvc.perform(request).andExpect(status().isFound()).andExpect(redirectedUrl("/ergebnis?k=2022&a=01230123012301"));
    }

    @Test
    void showsTheFormAgainWithTheGivenAnswersAndEveryOpenQuestionInTheErrorSummary() throws Exception {
        List<Question> questions = CATALOG.questions();
        MockHttpServletRequestBuilder request = post("/fragebogen").with(csrf()).param("k", "2022")
                .param("answers[" + questions.get(0).id() + "]", "wichtig")
                .param("answers[" + questions.get(5).id() + "]", "sehr-wichtig");

        String html = page(request, 422);

        assertThat(html).contains("<title>Fehler: Fragebogen");
        String summary = html.substring(html.indexOf("class=\"error-summary\""), html.indexOf("</ul>", html.indexOf("class=\"error-summary\"")));
        assertThat(summary).contains("role=\"alert\"").contains("Es gibt ein Problem").contains("12 Fragen sind noch offen");
        assertThat(html.indexOf("error-summary")).isLessThan(html.indexOf("<h1"));
        List<String> fieldsets = fieldsets(html);
        for (Question question : questions) {
            boolean answered = question.position() == 0 || question.position() == 5;
            String link = "href=\"#frage-" + question.id() + "-0\"";
            String fieldset = fieldsets.get(question.position());
            if (answered) {
                assertThat(summary).doesNotContain(link);
                assertThat(fieldset).doesNotContain("error-message").contains("checked");
            } else {
                assertThat(summary).contains(link).contains("„" + question.topic().de() + "“");
                assertThat(fieldset).contains("<span class=\"visually-hidden\">Fehler:</span>");
                assertThat(fieldset).contains("aria-describedby=\"frage-" + question.id() + "-hinweis frage-" + question.id() + "-fehler\"");
                assertThat(html).contains("class=\"question question--error\" id=\"frage-" + question.id() + "\"");
            }
        }
        assertThat(fieldsets.get(0)).containsPattern("value=\"wichtig\"\\s+checked");
        assertThat(fieldsets.get(5)).containsPattern("value=\"sehr-wichtig\"\\s+checked");
    }

    @Test
    void speaksEnglishInTheErrorSummaryWhenAskedTo() throws Exception {
        String html = page(post("/fragebogen").with(csrf()).param("k", "2022").header("Accept-Language", "en"), 422);

        assertThat(html).contains("There is a problem").contains("14 questions are still open")
                .contains("<span class=\"visually-hidden\">Error:</span>");
    }

    @Test
    void answersATamperedLevelWithAFriendly400() throws Exception {
        String html = page(post("/fragebogen").with(csrf()).param("k", "2022").param("answers[reichweite]", "egal"), 400);

        assertThat(html).contains("die Antwort „egal“").contains("Erhöhung der Sichtbarkeit").contains("href=\"/fragebogen\"");
    }

    @Test
    void answersAnUnknownQuestionWithAFriendly400() throws Exception {
        String html = page(post("/fragebogen").with(csrf()).param("k", "2022").param("answers[wetter]", "wichtig"), 400);

        assertThat(html).contains("„wetter“");
    }

    @Test
    void answersAnUnknownCatalogueWithAFriendly400InTheUsersLanguage() throws Exception {
        String html = page(post("/fragebogen").with(csrf()).param("k", "1999").header("Accept-Language", "en-GB"), 400);

        assertThat(html).contains("There is no questionnaire version “1999”").contains("2022, 2020").contains("lang=\"en\"");
        assertThat(page(get("/fragebogen").param("k", "1999"), 400)).contains("Die Fragebogen-Version „1999“ gibt es nicht");
    }

    @Test
    void answersABadPreFillCodeWithAFriendly400() throws Exception {
        String html = page(get("/fragebogen").param("k", "2022").param("a", "123"), 400);

        assertThat(html).contains("3 Ziffern").contains("genau 14");
    }
}
