package de.kundenkontakt.quickcheck.app.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Checks for a company: on the consultant's device (with drafts and "Erneut prüfen"), and by a
 * participation link on which the company answers alone. The result lands in the company's
 * history with the company's profile; the company gets its own private links, shown once.
 */
class CompanyChecksIntegrationTest extends CompanyWorkspaceTest {

    @Autowired
    AssessmentService assessments;

    Workspace.SignedIn consultant;
    Company company;
    String base;

    @BeforeEach
    void signIn() throws Exception {
        consultant = workspace.signedIn("pruefer", Role.CONSULTANT);
        company = company(consultant.account(), "Konditorei Süß");
        base = "/arbeitsbereich/unternehmen/" + company.id();
    }

    List<Assessment> history() {
        return checks.history(SignedInAccount.of(consultant.account()), company.id());
    }

    @Test
    void aCheckOnTheConsultantsDeviceLandsInTheCompanyWithItsProfileAndLinksForTheCompany() throws Exception {
        Document form = page(get(base + "/pruefung"), consultant.session(), 200);
        assertThat(form.select("form.questionnaire").attr("action")).isEqualTo(base + "/pruefung");
        assertThat(form.select(".notice").text()).contains("Konditorei Süß");
        assertThat(form.select("input[type=radio][checked]")).isEmpty();

        Map<String, String> partly = new HashMap<>(answers("wichtig"));
        partly.remove(CATALOG.questions().get(0).id());
        Document incomplete = page(questionnaire(base + "/pruefung", partly, null), consultant.session(), 422);
        assertThat(incomplete.select(".error-summary li")).hasSize(1);
        assertThat(history()).isEmpty();

        MockHttpServletResponse saved = send(questionnaire(base + "/pruefung", answers("wichtig"), null), consultant.session());

        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getHeader("Cache-Control")).isEqualTo("no-store");
        Document links = org.jsoup.Jsoup.parse(saved.getContentAsString());
        String viewLink = links.select("#link-ansehen").val();
        assertThat(viewLink).contains("/auswertung/");
        assertThat(links.select("#link-loeschen").val()).contains("/loeschen/");
        List<Assessment> history = history();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).isComplete()).isTrue();
        assertThat(history.get(0).profile()).isEqualTo(company.profile());
        String token = viewLink.substring(viewLink.lastIndexOf('/') + 1);
        assertThat(assessments.find(token)).map(Assessment::id).contains(history.get(0).id());
        Document shown = page(get(base + "/auswertungen/" + history.get(0).id()), consultant.session(), 200);
        assertThat(shown.select(".ranking__row")).hasSize(CATALOG.touchpoints().size());
        assertThat(shown.select(".summary-list__row")).hasSizeGreaterThanOrEqualTo(CATALOG.questions().size());
    }

    @Test
    void aDraftIsContinuedInTheWorkspaceAndGetsItsLinksWhenComplete() throws Exception {
        MockHttpServletResponse later = send(questionnaire(base + "/pruefung",
                Map.of(CATALOG.questions().get(0).id(), "wichtig"), "draft"), consultant.session());
        assertThat(later.getRedirectedUrl()).isEqualTo(base + "?hinweis=entwurf");
        Assessment draft = history().get(0);
        assertThat(draft.isComplete()).isFalse();
        Document companyPage = page(get(base + "?hinweis=entwurf"), consultant.session(), 200);
        assertThat(companyPage.select(".history-item").text()).contains("1 von 14 Fragen");

        Document continued = page(get(base + "/auswertungen/" + draft.id() + "/fortsetzen"), consultant.session(), 200);
        assertThat(continued.select("input[type=radio][checked]")).hasSize(1);
        Document done = page(questionnaire(base + "/auswertungen/" + draft.id() + "/fortsetzen", answers("unwichtig"), null),
                consultant.session(), 200);

        assertThat(done.select("#link-ansehen").val()).contains("/auswertung/");
        assertThat(history()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(draft.id());
            assertThat(a.isComplete()).isTrue();
        });
        assertThat(send(get(base + "/auswertungen/" + draft.id() + "/fortsetzen"), consultant.session()).getRedirectedUrl())
                .isEqualTo(base + "/auswertungen/" + draft.id());
    }

    @Test
    void checkingAgainStartsFromTheLatestAnswersAndExtendsTheChain() throws Exception {
        SignedInAccount me = SignedInAccount.of(consultant.account());
        Assessment first = checks.start(me, company.id(), null, answers("wichtig"), false).assessment();
        assertThat(page(get(base), consultant.session(), 200).select("a[href$=erneut=ja]")).hasSize(1);

        Document again = page(get(base + "/pruefung?erneut=ja"), consultant.session(), 200);
        assertThat(again.select("input[type=radio][checked]")).hasSize(CATALOG.questions().size())
                .allSatisfy(radio -> assertThat(radio.val()).isEqualTo("wichtig"));
        send(questionnaire(base + "/pruefung", answers("sehr-wichtig"), null), consultant.session());

        List<Assessment> history = history();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).reassessedFrom()).contains(first.id());
        Document shown = page(get(base), consultant.session(), 200);
        assertThat(shown.select(".history-item__facts").text()).contains("Erneute Prüfung der Auswertung vom");
    }

    @Test
    void newPrivateLinksReplaceTheOldOnes() throws Exception {
        var created = checks.start(SignedInAccount.of(consultant.account()), company.id(), null, answers("wichtig"), false);

        Document renewed = page(post(base + "/auswertungen/" + created.assessment().id() + "/links").with(csrf()),
                consultant.session(), 200);

        String link = renewed.select("#link-ansehen").val();
        assertThat(assessments.find(created.viewToken())).isEmpty();
        assertThat(assessments.find(link.substring(link.lastIndexOf('/') + 1))).isPresent();
    }

    @Test
    void aCompanyAnswersOnItsParticipationLinkWithADraftInBetween() throws Exception {
        Document created = page(post(base + "/teilnahmelink").with(csrf()), consultant.session(), 200);
        String link = created.select("#teilnahmelink").val();
        String path = link.substring(link.indexOf("/teilnahme/"));
        assertThat(audit(AuditAction.COMPANY_LINK_CREATED, consultant.email()))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("Konditorei Süß"));
        assertThat(count("SELECT COUNT(*) FROM company_invitation WHERE token_hash = ?",
                        path.substring("/teilnahme/".length())))
                .as("the token itself is never stored")
                .isZero();

        Document form = page(get(path), null, 200);
        assertThat(form.select("form.questionnaire").attr("action")).isEqualTo(path);
        assertThat(form.select(".notice").text()).contains("Konditorei Süß");
        MockHttpServletResponse draft = send(questionnaire(path, Map.of(CATALOG.questions().get(1).id(), "wichtig"), "draft"), null);
        assertThat(draft.getRedirectedUrl()).isEqualTo(path + "?gespeichert=ja");
        assertThat(page(get(path + "?gespeichert=ja"), null, 200).select("input[type=radio][checked]")).hasSize(1);
        assertThat(history()).singleElement().satisfies(a -> assertThat(a.isComplete()).isFalse());

        Document done = page(questionnaire(path, answers("wichtig"), null), null, 200);

        String viewLink = done.select("#link-ansehen").val();
        assertThat(assessments.find(viewLink.substring(viewLink.lastIndexOf('/') + 1)))
                .hasValueSatisfying(a -> assertThat(a.profile()).isEqualTo(company.profile()));
        assertThat(history()).singleElement().satisfies(a -> assertThat(a.isComplete()).isTrue());
        MockHttpServletResponse again = send(get(path), null);
        assertThat(again.getStatus()).isEqualTo(410);
        assertThat(again.getContentAsString()).contains("schon beantwortet");
        assertThat(send(questionnaire(path, answers("wichtig"), null), null).getStatus()).isEqualTo(410);
    }

    @Test
    void anExpiredOrUnknownParticipationLinkOpensNothing() throws Exception {
        String link = page(post(base + "/teilnahmelink").with(csrf()), consultant.session(), 200).select("#teilnahmelink").val();
        String path = link.substring(link.indexOf("/teilnahme/"));
        jdbc.sql("UPDATE company_invitation SET expires_at = :past WHERE company_id = :company")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .param("company", company.id())
                .update();

        MockHttpServletResponse expired = send(get(path), null);
        assertThat(expired.getStatus()).isEqualTo(410);
        assertThat(expired.getContentAsString()).contains("abgelaufen").doesNotContain(path);
        assertThat(send(get("/teilnahme/" + "A".repeat(43)), null).getStatus()).isEqualTo(404);
        assertThat(send(get("/teilnahme/kurz"), null).getStatus()).isEqualTo(404);
        assertThat(send(questionnaire(path, answers("wichtig"), null), null).getStatus()).isEqualTo(410);
        assertThat(history()).isEmpty();
    }

    @Test
    void aTamperedAnswerIsTheFriendly400() throws Exception {
        Map<String, String> tampered = new HashMap<>(answers("wichtig"));
        tampered.put(CATALOG.questions().get(0).id(), "ueberlebenswichtig");

        assertThat(send(questionnaire(base + "/pruefung", tampered, null), consultant.session()).getStatus()).isEqualTo(400);
        assertThat(history()).isEmpty();
    }
}
