package de.kundenkontakt.quickcheck.app.assessment.web;

import static de.kundenkontakt.quickcheck.app.assessment.web.AssessmentLinks.path;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentComparison;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Erneut prüfen": a new draft pre-filled from an assessment, and its comparison with the earlier one. */
@Controller
class ReassessmentController {

    private final AssessmentService service;
    private final MessageSource messages;

    ReassessmentController(AssessmentService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    /** "Erneut prüfen": a new draft pre-filled from this assessment, with links of its own. */
    @PostMapping(AssessmentLinks.REASSESS)
    String reassess(@PathVariable String token) {
        return AssessmentController.redirectToLinks(service.reassess(AssessmentController.viewToken(token)));
    }

    @GetMapping(AssessmentLinks.COMPARE)
    String compare(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
        AccessToken viewToken = AssessmentController.viewToken(token);
        Assessment later = service.find(viewToken).orElseThrow(AssessmentNotFoundException::new);
        if (!later.isComplete()) {
            return "redirect:" + path(AssessmentLinks.VIEW, viewToken);
        }
        Assessment earlier = service.previousOf(later)
                .filter(Assessment::isComplete)
                .orElseThrow(AssessmentNotFoundException::new);
        AssessmentComparison comparison = AssessmentComparison.of(
                earlier.evaluation().orElseThrow(), later.evaluation().orElseThrow());
        AssessmentController.noStore(response);
        model.addAttribute("comparison", ComparisonView.of(
                earlier, later, comparison, path(AssessmentLinks.VIEW, viewToken), messages, locale));
        return "assessment/compare";
    }
}
