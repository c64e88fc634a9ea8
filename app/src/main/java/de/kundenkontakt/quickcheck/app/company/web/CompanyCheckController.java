package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.company.Company;
import de.kundenkontakt.quickcheck.app.company.CompanyChecks;
import de.kundenkontakt.quickcheck.app.company.CompanyLink;
import de.kundenkontakt.quickcheck.app.company.CompanyService;
import de.kundenkontakt.quickcheck.app.company.ParticipationService;
import de.kundenkontakt.quickcheck.app.questionnaire.web.QuestionnaireForm;
import de.kundenkontakt.quickcheck.app.questionnaire.web.QuestionnaireInput;
import de.kundenkontakt.quickcheck.app.questionnaire.web.QuestionnaireView;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.app.web.PageForms;
import de.kundenkontakt.quickcheck.app.web.PrivatePages;
import de.kundenkontakt.quickcheck.app.web.PublicUrl;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Checks for a company in the workspace: the questionnaire on the consultant's device (new,
 * "Erneut prüfen" pre-filled from the latest complete assessment, or continuing a draft), an
 * assessment's page, new private links for the company, and participation links.
 */
@Controller
class CompanyCheckController {

    private static final String CHECK = CompanyPages.ONE + "/pruefung";
    private static final String ASSESSMENT = CompanyPages.ONE + "/auswertungen/{assessmentId}";

    private final CompanyService companies;
    private final CompanyChecks checks;
    private final ParticipationService participation;
    private final Catalogs catalogs;
    private final PageForms forms;
    private final MessageSource messages;
    private final PublicUrl publicUrl;

    CompanyCheckController(
            CompanyService companies,
            CompanyChecks checks,
            ParticipationService participation,
            Catalogs catalogs,
            PageForms forms,
            MessageSource messages,
            PublicUrl publicUrl) {
        this.companies = companies;
        this.checks = checks;
        this.participation = participation;
        this.catalogs = catalogs;
        this.forms = forms;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @GetMapping(CHECK)
    String showCheck(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable UUID id,
            @RequestParam(name = "erneut", required = false) String again,
            Locale locale,
            Model model) {
        Company company = companies.find(me, id);
        Map<String, String> given = again == null ? Map.of() : checks.reassessmentAnswers(me, id);
        Catalog catalog = catalogs.defaultCatalog();
        model.addAttribute(QuestionnaireForm.of(catalog, given));
        return questionnaire(model, QuestionnaireView.of(catalogs, catalog, given, locale),
                CompanyPages.company(id) + "/pruefung", company.name(), locale);
    }

    @PostMapping(CHECK)
    String submitCheck(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable UUID id,
            @ModelAttribute QuestionnaireForm form,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Company company = companies.find(me, id);
        Catalog catalog = QuestionnaireInput.catalog(catalogs, form.k());
        QuestionnaireForm.InCatalog answers = form.in(catalog);
        if (!forms.check(answers, result, form.groups())) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return questionnaire(model, QuestionnaireView.of(catalogs, catalog, answers.answers(), locale),
                    CompanyPages.company(id) + "/pruefung", company.name(), locale);
        }
        if (form.later()) {
            checks.start(me, id, catalog.id(), answers.toAnswers().asIds(), true);
            return "redirect:" + CompanyPages.company(id) + "?hinweis=entwurf";
        }
        return saved(model, response, company, checks.start(me, id, catalog.id(), answers.toAnswers().asIds(), false));
    }

    @GetMapping(ASSESSMENT)
    String showAssessment(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable UUID id,
            @PathVariable UUID assessmentId,
            Locale locale,
            Model model) {
        Company company = companies.find(me, id);
        Assessment assessment = checks.assessment(me, id, assessmentId);
        model.addAttribute("company", company);
        model.addAttribute("companyLink", CompanyPages.company(id));
        model.addAttribute("assessmentLink", CompanyPages.assessment(id, assessmentId));
        model.addAttribute("summary", AssessmentSummary.of(assessment, locale));
        return "company/assessment";
    }

    @GetMapping(ASSESSMENT + "/fortsetzen")
    String showDraft(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable UUID id,
            @PathVariable UUID assessmentId,
            Locale locale,
            Model model) {
        Company company = companies.find(me, id);
        Assessment draft = checks.assessment(me, id, assessmentId);
        if (draft.isComplete()) {
            return "redirect:" + CompanyPages.assessment(id, assessmentId);
        }
        model.addAttribute(QuestionnaireForm.of(draft.catalog(), draft.answers().asIds()));
        return questionnaire(model,
                QuestionnaireView.of(catalogs, draft.catalog(), draft.answers().asIds(), locale),
                CompanyPages.assessment(id, assessmentId) + "/fortsetzen", company.name(), locale);
    }

    @PostMapping(ASSESSMENT + "/fortsetzen")
    String submitDraft(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable UUID id,
            @PathVariable UUID assessmentId,
            @ModelAttribute QuestionnaireForm form,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Company company = companies.find(me, id);
        Assessment draft = checks.assessment(me, id, assessmentId);
        if (draft.isComplete()) {
            return "redirect:" + CompanyPages.assessment(id, assessmentId);
        }
        QuestionnaireForm.InCatalog answers = form.in(draft.catalog());
        if (!forms.check(answers, result, form.groups())) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return questionnaire(model, QuestionnaireView.of(catalogs, draft.catalog(), answers.answers(), locale),
                    CompanyPages.assessment(id, assessmentId) + "/fortsetzen", company.name(), locale);
        }
        Optional<CreatedAssessment> completed =
                checks.continueDraft(me, id, assessmentId, answers.toAnswers().asIds(), !form.later());
        if (completed.isEmpty()) {
            return "redirect:" + CompanyPages.company(id) + "?hinweis=entwurf";
        }
        return saved(model, response, company, completed.get());
    }

    /** New private links for the company: the old ones stop working. */
    @PostMapping(ASSESSMENT + "/links")
    String renewLinks(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable UUID id,
            @PathVariable UUID assessmentId,
            Model model,
            HttpServletResponse response) {
        Company company = companies.find(me, id);
        return saved(model, response, company, checks.renewLinks(me, id, assessmentId));
    }

    /** A new participation link, shown once. */
    @PostMapping(CompanyPages.ONE + "/teilnahmelink")
    String createParticipationLink(
            @AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, Model model, HttpServletResponse response) {
        CompanyLink link = participation.create(me, id);
        PrivatePages.noStore(response);
        model.addAttribute("company", link.company());
        model.addAttribute("companyLink", CompanyPages.company(id));
        model.addAttribute("link", publicUrl.origin() + CompanyPages.PARTICIPATION.replace("{token}", link.token().value()));
        model.addAttribute("expiresAt", GermanTime.local(link.expiresAt()));
        return "company/link-created";
    }

    private String saved(Model model, HttpServletResponse response, Company company, CreatedAssessment created) {
        PrivatePages.noStore(response);
        model.addAttribute("company", company);
        model.addAttribute("companyLink", CompanyPages.company(company.id()));
        model.addAttribute("assessmentLink", CompanyPages.assessment(company.id(), created.assessment().id()));
        model.addAttribute("links", SavedLinks.of(publicUrl.origin(), created));
        return "company/saved";
    }

    private String questionnaire(Model model, QuestionnaireView view, String action, String companyName, Locale locale) {
        model.addAttribute("questionnaireContext",
                messages.getMessage("company.check.context", new Object[] {companyName}, locale));
        return view.show(model, action);
    }

}
