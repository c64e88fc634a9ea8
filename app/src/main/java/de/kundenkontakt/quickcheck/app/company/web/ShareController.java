package de.kundenkontakt.quickcheck.app.company.web;

import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.path;

import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.ViewTokens;
import de.kundenkontakt.quickcheck.app.company.CompanyProblemException;
import de.kundenkontakt.quickcheck.app.company.SharingService;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.app.web.PageForms;
import de.kundenkontakt.quickcheck.app.web.PrivatePages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The share page of an assessment reached by its private link: the company enters a consultant's
 * advisor code to share the assessment with them, sees with whom it is shared and withdraws a
 * share at any time. Never cached (the path holds the view token).
 */
@Controller
class ShareController {

    private static final String FORM = "shareForm";

    private final AssessmentService assessments;
    private final SharingService sharing;

    ShareController(AssessmentService assessments, SharingService sharing) {
        this.assessments = assessments;
        this.sharing = sharing;
    }

    @GetMapping(CompanyPages.SHARE)
    String showForm(
            @PathVariable String token,
            @RequestParam(name = "hinweis", required = false) String notice,
            Model model,
            HttpServletResponse response) {
        if ("freigegeben".equals(notice) || "zurueckgezogen".equals(notice)) {
            model.addAttribute("notice", "company.share.notice." + notice);
        }
        model.addAttribute(FORM, new ShareForm(null));
        return page(token, model, response);
    }

    @PostMapping(CompanyPages.SHARE)
    String submitForm(
            @PathVariable String token,
            @ModelAttribute(FORM) ShareForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            sharing.share(ViewTokens.parse(token), form.code(), request.getRemoteAddr());
            return "redirect:" + path(CompanyPages.SHARE, token) + "?hinweis=freigegeben";
        } catch (CompanyProblemException problem) {
            PageForms.reject(result, problem, response);
            return page(token, model, response);
        }
    }

    @PostMapping(CompanyPages.SHARE + "/{accountId}/zurueckziehen")
    String withdraw(@PathVariable String token, @PathVariable String accountId) {
        sharing.withdraw(ViewTokens.parse(token), CompanyController.parse(accountId));
        return "redirect:" + path(CompanyPages.SHARE, token) + "?hinweis=zurueckgezogen";
    }

    private String page(String token, Model model, HttpServletResponse response) {
        Assessment assessment = assessments.get(ViewTokens.parse(token));
        PrivatePages.noStore(response);
        model.addAttribute("assessmentLink", path(AssessmentPaths.VIEW, token));
        model.addAttribute("shareLink", path(CompanyPages.SHARE, token));
        model.addAttribute("shareable", sharing.shareable(assessment));
        model.addAttribute("shares", sharing.sharesOf(assessment).stream()
                .map(s -> new ShareRow(s.accountId(), s.advisorEmail(), GermanTime.local(s.sharedAt())))
                .toList());
        return "company/share";
    }

    /** A consultant the assessment is shared with. */
    record ShareRow(UUID accountId, String email, java.time.ZonedDateTime sharedAt) {}
}
