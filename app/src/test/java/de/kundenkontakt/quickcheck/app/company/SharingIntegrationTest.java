package de.kundenkontakt.quickcheck.app.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A company that made its own assessment shares it by a consultant's advisor code and withdraws
 * it again; the consultant sees it read-only while it is shared, nobody else ever. Wrong codes are
 * explained and, after ten from one address, refused for a while.
 */
class SharingIntegrationTest extends CompanyWorkspaceTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AdvisorCodes codes;

    Workspace.SignedIn advisor;
    CreatedAssessment own;
    String share;

    @BeforeEach
    void ownAssessment() throws Exception {
        advisor = workspace.signedIn("beraterin", Role.CONSULTANT);
        own = assessments.createComplete(new AssessmentInput(null, answers("wichtig"),
                CompanyProfile.parse(options, "Imkerei Honig", null, null, null, null), CurrentState.EMPTY));
        share = "/auswertung/" + own.viewToken().value() + "/teilen";
    }

    @Test
    void theCompanySharesWithTheCodeAndTheAdvisorSeesItReadOnlyUntilWithdrawn() throws Exception {
        String code = codes.codeOf(advisor.id());
        Document form = page(get(share), null, 200);
        assertThat(form.select("#code")).hasSize(1);
        assertThat(form.text()).contains("Niemanden.");

        MockHttpServletResponse shared = send(from(post(share).with(csrf()).param("code", " " + code.toLowerCase() + " ")), null);

        assertThat(shared.getRedirectedUrl()).isEqualTo(share + "?hinweis=freigegeben");
        Document now = page(get(share + "?hinweis=freigegeben"), null, 200);
        assertThat(now.select("[role=status]").text()).isEqualTo("Die Auswertung ist freigegeben.");
        assertThat(now.select(".delete-list li").text()).contains(advisor.email());
        Document list = page(get("/arbeitsbereich/geteilt"), advisor.session(), 200);
        assertThat(list.select(".history-item__title a").eachText()).containsExactly("Imkerei Honig");
        String link = list.select(".history-item__title a").attr("href");
        Document shown = page(get(link), advisor.session(), 200);
        assertThat(shown.select(".ranking__row")).hasSize(CATALOG.touchpoints().size());
        assertThat(shown.select("form")).as("nothing to change but signing out").hasSize(1);
        Account other = workspace.newAccount("anderer", Role.CONSULTANT);
        Account admin = workspace.newAccount("admin", Role.ADMINISTRATOR);
        assertThat(send(get(link), workspace.signIn(other)).getStatus()).isEqualTo(404);
        assertThat(send(get(link), workspace.signIn(admin)).getStatus()).as("sharing is personal").isEqualTo(404);
        assertThat(audit(AuditAction.SHARE_GRANTED, advisor.email())).hasSize(1);

        MockHttpServletResponse withdrawn = send(post(share + "/" + advisor.id() + "/zurueckziehen").with(csrf()), null);

        assertThat(withdrawn.getRedirectedUrl()).isEqualTo(share + "?hinweis=zurueckgezogen");
        assertThat(send(get(link), advisor.session()).getStatus()).isEqualTo(404);
        assertThat(page(get("/arbeitsbereich/geteilt"), advisor.session(), 200).select(".history-item")).isEmpty();
        assertThat(audit(AuditAction.SHARE_WITHDRAWN, advisor.email())).hasSize(1);
    }

    @Test
    void aWrongOrMissingCodeIsExplainedAtTheField() throws Exception {
        Document wrong = page(from(post(share).with(csrf()).param("code", "ZZZZ-ZZZZ")), null, 422);
        assertThat(wrong.select(".error-summary a").attr("href")).isEqualTo("#code");
        assertThat(wrong.select("#code-error").text()).contains("keine Beratung");
        assertThat(wrong.select("#code").val()).isEqualTo("ZZZZ-ZZZZ");
        Document empty = page(from(post(share).with(csrf()).param("code", "")), null, 422);
        assertThat(empty.select("#code-error").text()).contains("Bitte geben Sie den Beratercode ein.");
        Document english = page(from(post(share + "?lang=en").with(csrf()).param("code", "nope")), null, 422);
        assertThat(english.select("#code-error").text()).contains("No advisor has this code.");
        assertThat(count("SELECT COUNT(*) FROM assessment_share WHERE assessment_id = ?", own.assessment().id())).isZero();
    }

    @Test
    void tenWrongCodesFromOneAddressAreEnoughForAWhile() throws Exception {
        String address = Workspace.newAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(send(Workspace.from(post(share).with(csrf()).param("code", "WRONG" + i), address), null).getStatus())
                    .isEqualTo(422);
        }

        MockHttpServletResponse refused = send(Workspace.from(post(share).with(csrf())
                .param("code", codes.codeOf(advisor.id())), address), null);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(800L, 900L);
        assertThat(refused.getContentAsString()).contains("Zu viele falsche Beratercodes");
        assertThat(send(Workspace.from(post(share).with(csrf()).param("code", codes.codeOf(advisor.id())),
                        Workspace.newAddress()), null).getStatus())
                .as("another address is not held back")
                .isEqualTo(302);
    }

    @Test
    void anAssessmentOfAWorkspaceCompanyIsNotSharedAgain() throws Exception {
        Company company = company(advisor.account(), "Bücherei Blatt");
        CreatedAssessment inWorkspace =
                checks.start(SignedInAccount.of(advisor.account()), company.id(), null, answers("wichtig"), false);
        String path = "/auswertung/" + inWorkspace.viewToken().value() + "/teilen";

        assertThat(page(get(path), null, 200).select("#code")).isEmpty();
        assertThat(page(from(post(path).with(csrf()).param("code", codes.codeOf(advisor.id()))), null, 422)
                        .select(".error-summary").text())
                .contains("schon im Arbeitsbereich");
    }

    @Test
    void unknownLinksAndSharesAreNotFound() throws Exception {
        assertThat(send(get("/auswertung/" + "B".repeat(43) + "/teilen"), null).getStatus()).isEqualTo(404);
        assertThat(send(post(share + "/" + advisor.id() + "/zurueckziehen").with(csrf()), null).getStatus()).isEqualTo(404);
        assertThat(send(post(share).param("code", codes.codeOf(advisor.id())), null).getStatus())
                .as("no form-protection token")
                .isEqualTo(403);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder from(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
        return Workspace.from(request, Workspace.newAddress());
    }
}
