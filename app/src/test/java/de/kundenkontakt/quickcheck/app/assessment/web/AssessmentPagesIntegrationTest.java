package de.kundenkontakt.quickcheck.app.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.ActionItem;
import de.kundenkontakt.quickcheck.app.assessment.ActionPlan;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.GapAnalysis;
import de.kundenkontakt.quickcheck.app.assessment.Usage;
import de.kundenkontakt.quickcheck.app.result.ResultCode;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The pages of saved assessments, through MockMvc against an in-memory H2 database. */
@QuickcheckContext
class AssessmentPagesIntegrationTest {

    static final Catalog CATALOG = Catalogs.builtIn().find("2022").orElseThrow();
    static final String CODE = "32103210321032";
    private static final Pattern SAVED = Pattern.compile("^/auswertung/([A-Za-z0-9_-]{43})/gespeichert$");
    private static final Pattern ONCE = Pattern.compile(
            "^quickcheck-loeschlink=([A-Za-z0-9_-]{43}); Path=/auswertung/([A-Za-z0-9_-]{43})/gespeichert; Max-Age=600; "
                    + "Expires=[^;]+; HttpOnly; SameSite=Strict$");

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService service;

    /** The two tokens of a newly saved assessment. */
    record Saved(String view, String delete) {}

    static Saved saved(MockHttpServletResponse response) {
        assertThat(response.getStatus()).isEqualTo(302);
        Matcher matcher = SAVED.matcher(response.getRedirectedUrl());
        assertThat(matcher.matches()).as(response.getRedirectedUrl()).isTrue();
        Matcher cookie = ONCE.matcher(response.getHeader("Set-Cookie"));
        assertThat(cookie.matches()).as(response.getHeader("Set-Cookie")).isTrue();
        assertThat(cookie.group(2)).isEqualTo(matcher.group(1));
        return new Saved(matcher.group(1), cookie.group(1));
    }

    /** The links page as the browser asks for it right after the redirect: with the one-time cookie. */
    static MockHttpServletRequestBuilder linksPage(Saved saved) {
        return get("/auswertung/" + saved.view() + "/gespeichert")
                .cookie(new jakarta.servlet.http.Cookie("quickcheck-loeschlink", saved.delete()));
    }

    Saved saveResult(String code) throws Exception {
        return saved(mvc.perform(post("/auswertungen").with(csrf()).param("k", "2022").param("a", code)).andReturn().getResponse());
    }

    Document page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        String html = mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    static Evaluation evaluation(String code) {
        return de.kundenkontakt.quickcheck.app.result.ResultCode.decode(Catalogs.builtIn(), "2022", code).catalog()
                .evaluate(de.kundenkontakt.quickcheck.app.result.ResultCode.decode(Catalogs.builtIn(), "2022", code));
    }

    @Test
    void savingAResultShowsBothPrivateLinksWithTheNoteToKeepThemSafe() throws Exception {
        Saved saved = saveResult(CODE);

        MockHttpServletResponse response = mvc.perform(linksPage(saved))
                .andExpect(status().isOk())
                .andReturn().getResponse();
        Document html = Jsoup.parse(response.getContentAsString());

        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(html.select("h1").text()).isEqualTo("Ihre Auswertung ist gespeichert");
        assertThat(html.getElementById("link-ansehen").val()).isEqualTo("http://localhost/auswertung/" + saved.view());
        assertThat(html.getElementById("link-loeschen").val()).isEqualTo("http://localhost/loeschen/" + saved.delete());
        assertThat(html.select("label[for=link-ansehen]").text()).isNotBlank();
        assertThat(html.select("label[for=link-loeschen]").text()).isNotBlank();
        assertThat(html.text()).contains("Bewahren Sie beide Links sicher auf").contains("kein Konto");
        assertThat(service.find(saved.view()).orElseThrow().isComplete()).isTrue();
        assertThat(response.getHeader("Set-Cookie")).as("the cookie is cleared at once")
                .startsWith("quickcheck-loeschlink=; Path=/auswertung/" + saved.view() + "/gespeichert; Max-Age=0;");
        assertThat(response.getRedirectedUrl()).isNull();
    }

    @Test
    void theSaveFormFragmentPostsTheResultLinksQueryWithItsSecurityToken() throws Exception {
        Document html = page(get(ResultCode.RESULT_PATH).param("k", "2022").param("a", CODE), 200);

        Element form = html.selectFirst("form[action=/auswertungen]");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=k]").val()).isEqualTo("2022");
        assertThat(form.select("input[name=a]").val()).isEqualTo(CODE);
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(form.select("button[type=submit]").text()).isEqualTo("Ergebnis speichern");
    }

    @Test
    void theLinksPageShowsTheDeleteLinkOnlyOnceAndOnlyForItsOwnAssessment() throws Exception {
        Saved one = saveResult(CODE);
        Saved other = saveResult(CODE);

        Document reloaded = page(get("/auswertung/" + one.view() + "/gespeichert"), 200);
        assertThat(reloaded.getElementById("link-loeschen")).isNull();
        assertThat(reloaded.getElementById("link-ansehen").val()).endsWith("/auswertung/" + one.view());
        assertThat(reloaded.text()).contains("nur einmal angezeigt").doesNotContain(one.delete());
        Document foreign = page(get("/auswertung/" + one.view() + "/gespeichert")
                .cookie(new jakarta.servlet.http.Cookie("quickcheck-loeschlink", other.delete())), 200);
        assertThat(foreign.getElementById("link-loeschen")).isNull();
        assertThat(foreign.text()).doesNotContain(other.delete());
        page(get("/auswertung/" + AccessToken.generate().value() + "/gespeichert"), 404);
    }

    @Test
    void aBadResultCodeIsAFriendly400AndSavesNothing() throws Exception {
        Document html = page(post("/auswertungen").with(csrf()).param("k", "2022").param("a", "123"), 400);

        assertThat(html.text()).contains("3 Ziffern");
    }

    @Test
    void theAssessmentPageShowsDateCatalogueRankingAndTheEmptyForms() throws Exception {
        Saved saved = saveResult(CODE);

        Document html = page(get("/auswertung/" + saved.view()), 200);

        Evaluation evaluation = evaluation(CODE);
        List<String> rows = html.select("tr.ranking__row").eachAttr("data-touchpoint");
        assertThat(rows).hasSize(23)
                .startsWith(evaluation.ranking().get(0).touchpoint().id(), evaluation.ranking().get(1).touchpoint().id());
        assertThat(html.select(".catalog-note").first().text()).contains("Gespeichert am").contains("Quickcheck 2022");
        assertThat(html.select("#stand fieldset")).hasSize(23);
        for (Element fieldset : html.select("#stand fieldset")) {
            assertThat(fieldset.select("legend").text()).isNotBlank();
            assertThat(fieldset.select("input[type=radio]")).hasSize(3);
            for (Element radio : fieldset.select("input[type=radio]")) {
                assertThat(html.select("label[for=" + radio.id() + "]")).hasSize(1);
            }
        }
        assertThat(html.select("#profil-branche option")).hasSize(22);
        assertThat(html.select("#profil-region option").eachText()).contains("Bayern", "Keine Angabe");
        assertThat(html.select("input[name=sizeClass]")).hasSize(4);
        assertThat(html.select("input[name=market]")).hasSize(3);
        assertThat(html.select("#plan").text()).contains("Sobald Sie");
        assertThat(html.select("a[href=/auswertung/" + saved.view() + "/bericht.pdf]")).as("button on top and in the downloads").hasSize(2);
        assertThat(html.select("a[href=/api/v1/assessments/" + saved.view() + "/export.csv?lang=de]")).hasSize(1);
        assertThat(html.select("#teilen a[href=/api/v1/assessments/" + saved.view() + "/export.xlsx?lang=de]").text())
                .isEqualTo("Auswertung als Excel-Tabelle (XLSX) herunterladen");
        assertThat(html.select("#teilen .hint").text()).contains("Ihre Antworten zu den 14 Bedürfnissen");
        assertThat(html.select("a[href=/api/v1/assessments/" + saved.view() + "/export.json]")).hasSize(1);
        assertThat(html.select(".actions--primary a[href=/auswertung/" + saved.view() + "/erneut]").text()).isEqualTo("Erneut prüfen");
        assertThat(html.select(".actions--primary a").eachText()).containsExactly("Bericht als PDF herunterladen", "Erneut prüfen", "Teilen");
        assertThat(html.select("main section[id]").eachAttr("id"))
                .containsExactly("zusammenfassung", "plan", "stand", "profil", "rangfolge", "vergleichswerte", "teilen");
        assertThat(html.select("#rangfolge details tr.ranking__row")).hasSize(23);
        assertThat(html.select("tr.ranking__row")).as("the ranking is not repeated").hasSize(23);
        assertThat(html.select("a[href$=/vergleich]")).isEmpty();
    }

    @Test
    void theCurrentStateGivesGapAnalysisAndActionPlan() throws Exception {
        Saved saved = saveResult(CODE);
        Evaluation evaluation = evaluation(CODE);
        List<TouchpointResult> ranking = evaluation.ranking();
        String first = ranking.get(0).touchpoint().id();
        String second = ranking.get(1).touchpoint().id();
        String last = ranking.get(22).touchpoint().id();

        mvc.perform(post("/auswertung/" + saved.view() + "/stand").with(csrf())
                        .param("usage[" + first + "]", "planned")
                        .param("usage[" + last + "]", "in-use"))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/auswertung/" + saved.view() + "?gespeichert=stand#stand-gespeichert"));

        Document html = page(get("/auswertung/" + saved.view()).param("gespeichert", "stand"), 200);
        assertThat(html.select("#stand #stand-gespeichert[role=status][tabindex=-1]").text())
                .contains("Ihr heutiger Stand ist gespeichert").contains("Der Maßnahmenplan oben ist aktualisiert");
        assertThat(html.getElementById("stand-" + first + "-1").hasAttr("checked")).isTrue();
        assertThat(html.getElementById("stand-" + last + "-0").hasAttr("checked")).isTrue();
        assertThat(html.select("#plan").text()).contains("Potenzial").contains("Geplant").contains("Prüfen")
                .contains("Lücken in der Customer Journey");
        GapAnalysis gaps = GapAnalysis.of(evaluation, new CurrentState(Map.of(first, Usage.PLANNED, last, Usage.IN_USE)));
        assertThat(gaps.potential()).isNotEmpty();
        assertThat(html.select("#plan .gap-list li[data-touchpoint]").eachAttr("data-touchpoint"))
                .containsSubsequence(gaps.potential().stream().map(r -> r.touchpoint().id()).toList())
                .contains(first)
                .doesNotContain(second.equals(first) ? "-" : "x");
        ActionPlan plan = ActionPlan.of(evaluation, new CurrentState(Map.of(first, Usage.PLANNED, last, Usage.IN_USE)));
        assertThat(html.select("#plan li.plan-step").eachAttr("data-touchpoint"))
                .containsExactlyElementsOf(plan.items().stream().map(ActionItem::touchpointId).toList());
        assertThat(html.select("#plan").text()).contains("Schnelle Erfolge").contains("Größere Vorhaben")
                .contains("Erster Schritt:").contains("Einstiegskosten:");
    }

    @Test
    void anUnknownUsageComesBackAs422WithTheErrorAtItsFieldAndNothingSaved() throws Exception {
        Saved saved = saveResult(CODE);
        String first = evaluation(CODE).ranking().get(0).touchpoint().id();
        String second = evaluation(CODE).ranking().get(1).touchpoint().id();

        Document html = page(post("/auswertung/" + saved.view() + "/stand").with(csrf())
                .param("usage[" + first + "]", "sometimes")
                .param("usage[" + second + "]", "in-use"), 422);

        assertThat(html.title()).startsWith("Fehler:");
        Element summary = html.selectFirst(".error-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.select("a").attr("href")).isEqualTo("#stand-" + first + "-0");
        assertThat(html.getElementById("stand-" + first + "-fehler").text()).startsWith("Fehler:");
        assertThat(html.getElementById("stand-" + second + "-0").hasAttr("checked")).isTrue();
        assertThat(service.find(saved.view()).orElseThrow().currentState().isEmpty()).isTrue();
    }

    @Test
    void anUnknownTouchpointInTheStateFormIsAFriendly400() throws Exception {
        Saved saved = saveResult(CODE);

        Document html = page(post("/auswertung/" + saved.view() + "/stand").with(csrf()).param("usage[fax]", "in-use"), 400);

        assertThat(html.text()).contains("„fax“");
    }

    @Test
    void theProfileIsSavedAndShownAgain() throws Exception {
        Saved saved = saveResult(CODE);

        mvc.perform(post("/auswertung/" + saved.view() + "/profil").with(csrf())
                        .param("companyName", "  Bäckerei Müller  ")
                        .param("industry", "C")
                        .param("sizeClass", "10-49")
                        .param("region", "DE-BY")
                        .param("market", "b2c"))
                .andExpect(status().isFound());

        Document html = page(get("/auswertung/" + saved.view()), 200);
        assertThat(html.select("h1").text()).isEqualTo("Ihre Auswertung: Bäckerei Müller");
        assertThat(html.getElementById("profil-name").val()).isEqualTo("Bäckerei Müller");
        assertThat(html.select("#profil-branche option[selected]").val()).isEqualTo("C");
        assertThat(html.select("#profil-region option[selected]").val()).isEqualTo("DE-BY");
        assertThat(html.select("input[name=sizeClass][checked]").val()).isEqualTo("10-49");
        assertThat(html.select("input[name=market][checked]").val()).isEqualTo("b2c");
        CompanyProfile profile = service.find(saved.view()).orElseThrow().profile();
        assertThat(profile.companyName()).isEqualTo("Bäckerei Müller");
        assertThat(profile.industry().code()).isEqualTo("C");
    }

    @Test
    void badProfileInputComesBackAs422NamingEachFieldAndKeepsWhatWasSaved() throws Exception {
        Saved saved = saveResult(CODE);
        mvc.perform(post("/auswertung/" + saved.view() + "/profil").with(csrf()).param("companyName", "Alt GmbH"))
                .andExpect(status().isFound());

        Document html = page(post("/auswertung/" + saved.view() + "/profil").with(csrf())
                .param("companyName", "x".repeat(121))
                .param("industry", "Z")
                .param("sizeClass", "1000")
                .param("region", "Mars")
                .param("market", "b2x"), 422);

        List<String> links = html.select(".error-summary a").eachAttr("href");
        assertThat(links).containsExactly("#profil-name", "#profil-branche", "#profil-groesse-0", "#profil-region", "#profil-markt-0");
        assertThat(html.select(".error-summary").text()).contains("höchstens 120 Zeichen").contains("Branche");
        assertThat(html.getElementById("profil-name-fehler")).isNotNull();
        assertThat(html.getElementById("profil-name").attr("aria-describedby")).contains("profil-name-fehler");
        assertThat(html.getElementById("profil-name").val()).hasSize(121);
        assertThat(service.find(saved.view()).orElseThrow().profile().companyName()).isEqualTo("Alt GmbH");
    }

    @Test
    void speaksEnglishOnTheAssessmentPage() throws Exception {
        Saved saved = saveResult(CODE);

        Document html = page(get("/auswertung/" + saved.view()).header("Accept-Language", "en"), 200);

        assertThat(html.select("html").attr("lang")).isEqualTo("en");
        assertThat(html.select("h1").text()).isEqualTo("Your assessment");
        assertThat(html.text()).contains("What do you use today?").contains("Position check").contains("Check again");
        assertThat(html.select("a[href$=export.csv?lang=en]")).hasSize(1);
        assertThat(html.select("a[href$=export.xlsx?lang=en]").text()).isEqualTo("Download the assessment as an Excel workbook (XLSX)");
    }

    @Test
    void unknownDeletedAndMalformedLinksGiveAFriendly404InTheUsersLanguage() throws Exception {
        String unknown = AccessToken.generate().value();
        for (String path : List.of(
                "/auswertung/" + unknown, "/auswertung/kaputt", "/auswertung/" + unknown + "/vergleich",
                "/auswertung/" + unknown + "/bericht.pdf", "/loeschen/" + unknown, "/loeschen/kurz")) {
            Document german = page(get(path), 404);
            assertThat(german.select("h1").text()).as(path).isEqualTo("Zu diesem Link gibt es keine Auswertung");
            assertThat(german.html()).as(path).doesNotContain(unknown);
            Document english = page(get(path).header("Accept-Language", "en-GB"), 404);
            assertThat(english.select("html").attr("lang")).isEqualTo("en");
            assertThat(english.select("h1").text()).as(path).isEqualTo("There is no assessment for this link");
        }
        page(post("/auswertung/" + unknown + "/profil").with(csrf()), 404);
        page(post("/loeschen/" + unknown).with(csrf()), 404);
    }

    @Test
    void deletionIsConfirmedFirstThenRemovesEverythingAndBothLinksGive404() throws Exception {
        Saved saved = saveResult(CODE);
        mvc.perform(post("/auswertung/" + saved.view() + "/profil").with(csrf()).param("companyName", "Muster KG"))
                .andExpect(status().isFound());

        Document confirm = page(get("/loeschen/" + saved.delete()), 200);
        assertThat(confirm.select("h1").text()).isEqualTo("Auswertung endgültig löschen?");
        assertThat(confirm.text()).contains("„Muster KG“").contains("allen 14 Antworten").contains("Firmenprofil")
                .contains("heutige Stand").contains("nicht rückgängig");
        assertThat(confirm.select("form[method=post][action=/loeschen/" + saved.delete() + "] button").text())
                .isEqualTo("Endgültig löschen");
        assertThat(service.find(saved.view())).isPresent();

        mvc.perform(post("/loeschen/" + saved.delete()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/geloescht"));
        assertThat(page(get("/geloescht"), 200).select("h1").text()).isEqualTo("Ihre Auswertung ist gelöscht");

        assertThat(service.find(saved.view())).isEmpty();
        page(get("/auswertung/" + saved.view()), 404);
        page(get("/loeschen/" + saved.delete()), 404);
    }

    @Test
    void theViewLinkDoesNotDelete() throws Exception {
        Saved saved = saveResult(CODE);

        page(get("/loeschen/" + saved.view()), 404);
        page(post("/loeschen/" + saved.view()).with(csrf()), 404);

        assertThat(service.find(saved.view())).isPresent();
    }

    @Test
    void laterInTheQuestionnaireSavesADraftWithNoAnswerRequired() throws Exception {
        mvc.perform(post("/fragebogen").with(csrf()).param("k", "2022").param("action", "draft"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl("/auswertungen/entwurf"));

        Saved saved = saved(mvc.perform(post("/auswertungen/entwurf").with(csrf()).param("k", "2022")
                        .param("answers[reichweite]", "wichtig").param("action", "draft"))
                .andReturn().getResponse());

        Assessment draft = service.find(saved.view()).orElseThrow();
        assertThat(draft.isComplete()).isFalse();
        assertThat(draft.answers().asIds()).containsExactly(Map.entry("reichweite", "wichtig"));
        Document links = page(linksPage(saved), 200);
        assertThat(links.select("h1").text()).isEqualTo("Ihr Entwurf ist gespeichert");
        assertThat(links.select("a.button").attr("href")).isEqualTo("/auswertung/" + saved.view());
    }

    @Test
    void aDraftShowsTheQuestionnairePreFilledAndPostingBackToItsLink() throws Exception {
        Saved saved = saved(mvc.perform(post("/auswertungen/entwurf").with(csrf()).param("k", "2020")
                        .param("answers[reichweite]", "sehr-wichtig")).andReturn().getResponse());

        Document html = page(get("/auswertung/" + saved.view()), 200);

        assertThat(html.select("form.questionnaire").attr("action")).isEqualTo("/auswertung/" + saved.view());
        assertThat(html.select("form.questionnaire input[name=_csrf]")).hasSize(1);
        assertThat(html.select("input[name=answers[reichweite]][checked]").val()).isEqualTo("sehr-wichtig");
        assertThat(html.select("input[type=radio][checked]")).hasSize(1);
        assertThat(html.select("fieldset")).hasSize(Catalogs.builtIn().find("2020").orElseThrow().questions().size());
        assertThat(html.select("a[href*=fragebogen?k=]")).isEmpty();
        assertThat(html.select("button[name=action][value=draft]").text()).isEqualTo("Später weitermachen");
        assertThat(html.text()).contains("Ihr gespeicherter Entwurf");
        assertThat(html.getElementById("entwurf-link").val()).endsWith("/auswertung/" + saved.view());
    }

    @Test
    void laterAgainKeepsTheDraftAndCompletingWithOpenQuestionsNamesThem() throws Exception {
        Saved saved = saved(mvc.perform(post("/auswertungen/entwurf").with(csrf()).param("k", "2022"))
                .andReturn().getResponse());
        List<Question> questions = CATALOG.questions();

        mvc.perform(post("/auswertung/" + saved.view()).with(csrf()).param("action", "draft")
                        .param("answers[" + questions.get(0).id() + "]", "wichtig"))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/auswertung/" + saved.view() + "?gespeichert=entwurf"));
        assertThat(service.find(saved.view()).orElseThrow().answers().answeredCount()).isEqualTo(1);
        assertThat(page(get("/auswertung/" + saved.view()).param("gespeichert", "entwurf"), 200).text())
                .contains("Ihre Antworten sind gespeichert");

        Document errors = page(post("/auswertung/" + saved.view()).with(csrf())
                .param("answers[" + questions.get(0).id() + "]", "wichtig")
                .param("answers[" + questions.get(1).id() + "]", "unwichtig"), 422);
        assertThat(errors.select(".error-summary").text()).contains("12 Fragen sind noch offen");
        assertThat(errors.select("form.questionnaire").attr("action")).isEqualTo("/auswertung/" + saved.view());
        assertThat(service.find(saved.view()).orElseThrow().answers().answeredCount()).isEqualTo(1);

        MockHttpServletRequestBuilder complete = post("/auswertung/" + saved.view()).with(csrf());
        for (Question question : questions) {
            complete.param("answers[" + question.id() + "]", "wichtig");
        }
        mvc.perform(complete).andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/auswertung/" + saved.view()));
        assertThat(service.find(saved.view()).orElseThrow().isComplete()).isTrue();
        assertThat(page(get("/auswertung/" + saved.view()), 200).select("tr.ranking__row")).hasSize(23);
    }

    @Test
    void aTamperedAnswerToADraftIsAFriendly400() throws Exception {
        Saved saved = saved(mvc.perform(post("/auswertungen/entwurf").with(csrf()).param("k", "2022"))
                .andReturn().getResponse());

        Document html = page(post("/auswertung/" + saved.view()).with(csrf()).param("answers[reichweite]", "egal"), 400);

        assertThat(html.text()).contains("die Antwort „egal“");
        page(post("/auswertungen/entwurf").with(csrf()).param("k", "1999"), 400);
    }
}
