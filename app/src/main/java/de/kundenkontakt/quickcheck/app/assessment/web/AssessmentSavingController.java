package de.kundenkontakt.quickcheck.app.assessment.web;

import static de.kundenkontakt.quickcheck.app.assessment.web.AssessmentLinks.path;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.questionnaire.QuestionnaireInput;
import de.kundenkontakt.quickcheck.app.result.InvalidResultCodeException;
import de.kundenkontakt.quickcheck.app.result.ResultCode;
import de.kundenkontakt.quickcheck.app.web.BadPageRequestException;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Saving: "Ergebnis speichern" on the result page and "Später weitermachen" in the questionnaire
 * create an assessment; then its two private links are shown once.
 */
@Controller
class AssessmentSavingController {

    private final AssessmentService service;
    private final Catalogs catalogs;

    AssessmentSavingController(AssessmentService service, Catalogs catalogs) {
        this.service = service;
        this.catalogs = catalogs;
    }

    /** "Ergebnis speichern" on the result page: the result link's query becomes a complete assessment. */
    @PostMapping(AssessmentLinks.SAVE)
    String saveResult(
            @RequestParam(name = ResultCode.CATALOG_PARAMETER, required = false) String catalogId,
            @RequestParam(name = ResultCode.ANSWERS_PARAMETER, required = false) String code) {
        Answers answers;
        try {
            answers = ResultCode.decode(catalogs, catalogId, code);
        } catch (InvalidResultCodeException invalid) {
            throw new BadPageRequestException(invalid.reason().messageKey(), invalid.arguments());
        }
        return AssessmentController.redirectToLinks(service.createComplete(
                new AssessmentInput(answers.catalog().id(), answers.asIds(), CompanyProfile.EMPTY, CurrentState.EMPTY)));
    }

    /** "Später weitermachen" in the questionnaire: the answers so far become a draft. */
    @PostMapping(AssessmentLinks.DRAFT)
    String saveDraft(@ModelAttribute DraftForm form, Locale locale) {
        Catalog catalog = QuestionnaireInput.catalog(catalogs, form.k());
        CreatedAssessment created;
        try {
            created = service.startDraft(
                    new AssessmentInput(catalog.id(), form.answersOrEmpty(), CompanyProfile.EMPTY, CurrentState.EMPTY));
        } catch (InvalidAnswersException invalid) {
            throw QuestionnaireInput.tampered(catalog, invalid.problems().get(0), locale);
        }
        return AssessmentController.redirectToLinks(created);
    }

    /** The two private links, shown once right after saving. */
    @GetMapping(AssessmentLinks.SAVED)
    String showLinks(
            @PathVariable String token,
            @RequestParam(name = AssessmentLinks.DELETE_PARAMETER, required = false) String deleteText,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = AssessmentController.viewToken(token);
        Assessment assessment = service.find(viewToken).orElseThrow(AssessmentNotFoundException::new);
        AccessToken deleteToken = AccessToken.parse(deleteText).orElseThrow(AssessmentNotFoundException::new);
        boolean sameAssessment = service.findForDeletion(deleteToken)
                .map(a -> a.id().equals(assessment.id()))
                .orElse(false);
        if (!sameAssessment) {
            throw new AssessmentNotFoundException();
        }
        AssessmentController.noStore(response);
        String origin = AssessmentController.origin();
        model.addAttribute("saved", new SavedView(
                !assessment.isComplete(),
                AssessmentView.date(assessment.createdAt(), locale),
                origin + path(AssessmentLinks.VIEW, viewToken),
                origin + path(AssessmentLinks.DELETE, deleteToken),
                path(AssessmentLinks.VIEW, viewToken)));
        return "assessment/saved";
    }

    /**
     * The page with the two private links.
     *
     * @param draft whether a draft was saved
     * @param savedOn the date
     * @param viewUrl the full link to view and continue
     * @param deleteUrl the full link to delete
     * @param view the path of the assessment page
     */
    public record SavedView(boolean draft, String savedOn, String viewUrl, String deleteUrl, String view) {}
}
