package de.kundenkontakt.quickcheck.app.assessment.web;

import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.path;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentComparison;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.ViewTokens;
import de.kundenkontakt.quickcheck.app.questionnaire.web.QuestionnaireForm;
import de.kundenkontakt.quickcheck.app.questionnaire.web.QuestionnaireView;
import de.kundenkontakt.quickcheck.app.web.BadPageRequestException;
import de.kundenkontakt.quickcheck.app.web.PageForms;
import de.kundenkontakt.quickcheck.app.web.PrivatePages;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Erneut prüfen" and the history it builds: the pre-filled questionnaire (nothing saved until the
 * user saves), the comparison with any assessment of the history and the trend over all of them.
 */
@Controller
class ReassessmentController {

    private final AssessmentService service;
    private final Catalogs catalogs;
    private final MessageSource messages;
    private final PageForms forms;

    ReassessmentController(AssessmentService service, Catalogs catalogs, MessageSource messages, PageForms forms) {
        this.service = service;
        this.catalogs = catalogs;
        this.messages = messages;
        this.forms = forms;
    }

    /** "Erneut prüfen": the questionnaire pre-filled with this assessment's answers; nothing is saved yet. */
    @GetMapping(AssessmentPaths.REASSESS)
    String showReassessment(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
        AccessToken viewToken = ViewTokens.parse(token);
        Assessment old = service.get(viewToken);
        PrivatePages.noStore(response);
        Map<String, String> answers = service.reassessmentAnswers(viewToken);
        model.addAttribute(QuestionnaireForm.of(catalogs.defaultCatalog(), answers));
        return reassessmentForm(model, old, viewToken, answers, locale);
    }

    /**
     * Saves "Erneut prüfen" as a new assessment linked to this one: complete with "Ergebnis
     * anzeigen" (open questions are shown again, 422), a draft with "Später weitermachen".
     */
    @PostMapping(AssessmentPaths.REASSESS)
    String submitReassessment(
            @PathVariable String token,
            @ModelAttribute QuestionnaireForm form,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = ViewTokens.parse(token);
        Assessment old = service.get(viewToken);
        QuestionnaireForm.InCatalog answers = form.in(catalogs.defaultCatalog());
        if (!forms.check(answers, result, form.groups())) {
            AssessmentController.sentBack(response);
            return reassessmentForm(model, old, viewToken, answers.toAnswers().asIds(), locale);
        }
        return AssessmentController.redirectToLinks(
                service.reassess(viewToken, answers.toAnswers().asIds(), form.later()), response);
    }

    private String reassessmentForm(
            Model model, Assessment old, AccessToken viewToken, Map<String, String> answers, Locale locale) {
        model.addAttribute("reassessNotice", new ReassessNotice(
                AssessmentView.date(old.createdAt(), locale), path(AssessmentPaths.VIEW, viewToken)));
        return QuestionnaireView.of(catalogs, catalogs.defaultCatalog(), answers, locale)
                .show(model, path(AssessmentPaths.REASSESS, viewToken));
    }

    /**
     * What the pre-filled questionnaire of "Erneut prüfen" says above the questions.
     *
     * @param earlierOn the date of the assessment it starts from
     * @param back the path back to that assessment
     */
    public record ReassessNotice(String earlierOn, String back) {}

    /** The development of every touchpoint over the history: an SVG chart and a table. */
    @GetMapping(AssessmentPaths.TREND)
    String trend(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
        AccessToken viewToken = ViewTokens.parse(token);
        Assessment assessment = service.get(viewToken);
        List<Assessment> history = service.history(assessment);
        if (!TrendView.exists(history)) {
            return "redirect:" + path(AssessmentPaths.VIEW, viewToken);
        }
        PrivatePages.noStore(response);
        model.addAttribute("trend", TrendView.of(history, path(AssessmentPaths.VIEW, viewToken), locale));
        return "assessment/trend";
    }

    /**
     * Compares this assessment with another of its history: the one at place {@code mit} (1-based,
     * oldest first), else the one it re-assesses. The earlier of the two is always "before".
     */
    @GetMapping(AssessmentPaths.COMPARE)
    String compare(
            @PathVariable String token,
            @RequestParam(name = AssessmentPaths.OTHER_PARAMETER, required = false) String place,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = ViewTokens.parse(token);
        Assessment shown = service.get(viewToken);
        if (!shown.isComplete()) {
            return "redirect:" + path(AssessmentPaths.VIEW, viewToken);
        }
        Assessment other;
        if (place == null) {
            other = ComparisonView.previous(service, shown).orElseThrow(AssessmentNotFoundException::new);
        } else {
            List<Assessment> history = service.history(shown);
            int index;
            try {
                index = Integer.parseInt(place) - 1;
            } catch (NumberFormatException notANumber) {
                throw new BadPageRequestException("assessment.compare.invalid", List.of(place.length() > 20 ? place.substring(0, 20) + "…" : place));
            }
            if (index < 0 || index >= history.size() || !ComparisonView.comparable(shown, history.get(index))) {
                throw new BadPageRequestException("assessment.compare.invalid", List.of(place.length() > 20 ? place.substring(0, 20) + "…" : place));
            }
            other = history.get(index);
        }
        boolean otherFirst = other.createdAt().isBefore(shown.createdAt());
        Assessment earlier = otherFirst ? other : shown;
        Assessment later = otherFirst ? shown : other;
        AssessmentComparison comparison = AssessmentComparison.of(
                earlier.evaluation().orElseThrow(), later.evaluation().orElseThrow());
        PrivatePages.noStore(response);
        model.addAttribute("comparison", ComparisonView.of(
                earlier, later, comparison, path(AssessmentPaths.VIEW, viewToken), messages, locale));
        return "assessment/compare";
    }
}
