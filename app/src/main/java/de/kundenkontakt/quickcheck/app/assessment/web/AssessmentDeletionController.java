package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.web.PrivatePages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The delete link: a confirmation page that says what will be deleted, and the deletion itself.
 * Only the delete token deletes; the view token reaches nothing here.
 */
@Controller
class AssessmentDeletionController {

    private final AssessmentService service;
    private final MessageSource messages;

    AssessmentDeletionController(AssessmentService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping(AssessmentPaths.DELETE)
    String confirmDeletion(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
        AccessToken deleteToken = AccessToken.parse(token).orElseThrow(AssessmentNotFoundException::new);
        Assessment assessment = service.findForDeletion(deleteToken).orElseThrow(AssessmentNotFoundException::new);
        PrivatePages.noStore(response);
        model.addAttribute("deletion", new DeletionView(
                !assessment.isComplete(),
                AssessmentView.date(assessment.createdAt(), locale),
                assessment.profile().companyName(),
                AssessmentViewParts.facts(assessment.profile(), messages, locale).size(),
                assessment.currentState().usages().size(),
                assessment.answers().answeredCount(),
                AssessmentPaths.path(AssessmentPaths.DELETE, deleteToken)));
        return "assessment/delete";
    }

    @PostMapping(AssessmentPaths.DELETE)
    String delete(@PathVariable String token) {
        service.delete(AccessToken.parse(token).orElseThrow(AssessmentNotFoundException::new));
        return "redirect:" + AssessmentPaths.DELETED;
    }

    @GetMapping(AssessmentPaths.DELETED)
    String showDeleted() {
        return "assessment/deleted";
    }

    /**
     * What the confirmation page names.
     *
     * @param draft whether the assessment is a draft
     * @param createdOn the date it was saved first
     * @param companyName the company name, null when not given
     * @param profileFacts how many parts of the company profile are given
     * @param stateEntries how many touchpoints the current state names
     * @param answers how many questions are answered
     * @param action where the confirmation posts to
     */
    public record DeletionView(
            boolean draft, String createdOn, String companyName, int profileFacts, int stateEntries, int answers,
            String action) {}
}
