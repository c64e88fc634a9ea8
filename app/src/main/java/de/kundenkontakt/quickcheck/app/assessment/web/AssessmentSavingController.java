package de.kundenkontakt.quickcheck.app.assessment.web;

import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.path;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.ViewTokens;
import de.kundenkontakt.quickcheck.app.questionnaire.web.QuestionnaireForm;
import de.kundenkontakt.quickcheck.app.questionnaire.web.QuestionnaireInput;
import de.kundenkontakt.quickcheck.app.result.web.ResultLinkQuery;
import de.kundenkontakt.quickcheck.app.web.PageForms;
import de.kundenkontakt.quickcheck.app.web.PrivatePages;
import de.kundenkontakt.quickcheck.app.web.PublicUrl;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Saving: "Ergebnis speichern" on the result page and "Später weitermachen" in the questionnaire
 * create an assessment; then its two private links are shown, the delete link once.
 */
@Controller
class AssessmentSavingController {

    private final AssessmentService service;
    private final Catalogs catalogs;
    private final PublicUrl publicUrl;
    private final PageForms forms;

    AssessmentSavingController(AssessmentService service, Catalogs catalogs, PublicUrl publicUrl, PageForms forms) {
        this.service = service;
        this.catalogs = catalogs;
        this.publicUrl = publicUrl;
        this.forms = forms;
    }

    /** "Ergebnis speichern" on the result page: the result link's query becomes a complete assessment. */
    @PostMapping(AssessmentPaths.SAVE)
    String saveResult(
            ResultLinkQuery link,
            @RequestParam(name = BenchmarkConsentController.CONSENT_PARAMETER, required = false) String consent,
            HttpServletResponse response) {
        Answers answers = link.answers(catalogs);
        // An unticked checkbox sends nothing: only "ja" counts as consent.
        return AssessmentController.redirectToLinks(service.createComplete(
                new AssessmentInput(answers.catalog().id(), answers.asIds(), CompanyProfile.EMPTY, CurrentState.EMPTY),
                BenchmarkConsentController.YES.equals(consent)),
                response);
    }

    /** "Später weitermachen" in the questionnaire: the answers so far become a draft. */
    @PostMapping(AssessmentPaths.DRAFT)
    String saveDraft(@ModelAttribute QuestionnaireForm form, BindingResult result, HttpServletResponse response) {
        Catalog catalog = QuestionnaireInput.catalog(catalogs, form.k());
        forms.check(form.in(catalog), result);
        CreatedAssessment created = service.startDraft(new AssessmentInput(
                catalog.id(), form.in(catalog).toAnswers().asIds(), CompanyProfile.EMPTY, CurrentState.EMPTY));
        return AssessmentController.redirectToLinks(created, response);
    }

    /**
     * The two private links right after saving. The delete link comes once, from the short-lived
     * cookie that {@link #redirectToLinks} set for this page only, and the cookie is cleared at once:
     * a reload shows the view link and says that the delete link was shown already.
     */
    @GetMapping(AssessmentPaths.SAVED)
    String showLinks(
            @PathVariable String token,
            @CookieValue(name = AssessmentController.ONCE_COOKIE, required = false) String deleteText,
            HttpServletRequest request,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = ViewTokens.parse(token);
        Assessment assessment = service.get(viewToken);
        Optional<AccessToken> deleteToken = AccessToken.parse(deleteText)
                .filter(t -> service.findForDeletion(t).map(a -> a.id().equals(assessment.id())).orElse(false));
        if (deleteText != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, AssessmentController.onceCookie(viewToken, "", Duration.ZERO, request.isSecure()));
        }
        PrivatePages.noStore(response);
        String origin = publicUrl.origin();
        model.addAttribute("saved", new SavedView(
                !assessment.isComplete(),
                AssessmentView.date(assessment.createdAt(), locale),
                origin + path(AssessmentPaths.VIEW, viewToken),
                deleteToken.map(t -> origin + path(AssessmentPaths.DELETE, t)).orElse(null),
                path(AssessmentPaths.VIEW, viewToken)));
        return "assessment/saved";
    }

    /**
     * The page with the two private links.
     *
     * @param draft whether a draft was saved
     * @param savedOn the date
     * @param viewUrl the full link to view and continue
     * @param deleteUrl the full link to delete, null when it was shown already
     * @param view the path of the assessment page
     */
    public record SavedView(boolean draft, String savedOn, String viewUrl, String deleteUrl, String view) {}
}
