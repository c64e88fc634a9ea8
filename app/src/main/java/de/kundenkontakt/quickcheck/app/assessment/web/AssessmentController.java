package de.kundenkontakt.quickcheck.app.assessment.web;

import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.path;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.PeerBenchmarks;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.ViewTokens;
import de.kundenkontakt.quickcheck.app.questionnaire.web.QuestionnaireForm;
import de.kundenkontakt.quickcheck.app.questionnaire.web.QuestionnaireView;
import de.kundenkontakt.quickcheck.app.result.ResultCode;
import de.kundenkontakt.quickcheck.app.web.PageForms;
import de.kundenkontakt.quickcheck.app.web.PrivatePages;
import de.kundenkontakt.quickcheck.app.web.PublicUrl;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The pages of a saved assessment, reached by its private link (saving it is
 * {@link AssessmentSavingController}'s, "Erneut prüfen" and the history {@link ReassessmentController}'s):
 * continuing a draft, the assessment as a report with company profile, current state, gap analysis
 * and action plan, and the PDF report. A link that reaches no assessment gives the friendly 404
 * page of {@link AssessmentPageExceptions}.
 */
@Controller
class AssessmentController {

    static final String NOTICE_PARAMETER = "gespeichert";

    /** The cookie that carries a new assessment's delete token to its links page, once. */
    static final String ONCE_COOKIE = "quickcheck-loeschlink";

    private static final Duration ONCE_LIFETIME = Duration.ofMinutes(10);

    private final AssessmentService service;
    private final Catalogs catalogs;
    private final ProfileOptions options;
    private final MessageSource messages;
    private final ReportRenderer reports;
    private final PublicUrl publicUrl;
    private final PageForms forms;
    private final PeerBenchmarks benchmarks;

    AssessmentController(
            AssessmentService service, Catalogs catalogs, ProfileOptions options, MessageSource messages,
            ReportRenderer reports, PublicUrl publicUrl, PageForms forms, PeerBenchmarks benchmarks) {
        this.publicUrl = publicUrl;
        this.forms = forms;
        this.service = service;
        this.catalogs = catalogs;
        this.options = options;
        this.messages = messages;
        this.reports = reports;
        this.benchmarks = benchmarks;
    }

    @GetMapping(AssessmentPaths.VIEW)
    String show(
            @PathVariable String token,
            @RequestParam(name = NOTICE_PARAMETER, required = false) String notice,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = ViewTokens.parse(token);
        Assessment assessment = service.get(viewToken);
        PrivatePages.noStore(response);
        if (!assessment.isComplete()) {
            model.addAttribute(QuestionnaireForm.of(assessment.catalog(), assessment.answers().asIds()));
            return draftForm(model, assessment, viewToken, assessment.answers().asIds(), "entwurf".equals(notice), locale);
        }
        String savedSection = "profil".equals(notice) || "stand".equals(notice)
                || BenchmarkConsentController.NOTICE.equals(notice) ? notice : null;
        return assessmentPage(model, assessment, viewToken, ProfileForm.of(assessment.profile()),
                CurrentStateForm.of(assessment.currentState()), savedSection, locale);
    }

    /** Continues a draft: "Später weitermachen" keeps it a draft, "Ergebnis anzeigen" completes it. */
    @PostMapping(AssessmentPaths.VIEW)
    String continueDraft(
            @PathVariable String token,
            @ModelAttribute QuestionnaireForm form,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = ViewTokens.parse(token);
        Assessment assessment = service.get(viewToken);
        QuestionnaireForm.InCatalog answers = form.in(assessment.catalog());
        String view = path(AssessmentPaths.VIEW, viewToken);
        if (form.later() && !assessment.isComplete()) {
            forms.check(answers, result);
            service.saveAnswers(viewToken, answers.toAnswers().asIds());
            return "redirect:" + view + "?" + NOTICE_PARAMETER + "=entwurf";
        }
        if (!forms.check(answers, result, QuestionnaireForm.Complete.class)) {
            sentBack(response);
            return draftForm(model, assessment, viewToken, answers.toAnswers().asIds(), false, locale);
        }
        service.complete(viewToken, answers.toAnswers().asIds());
        return "redirect:" + view;
    }

    @PostMapping(AssessmentPaths.PROFILE)
    String saveProfile(
            @PathVariable String token,
            @ModelAttribute ProfileForm form,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = ViewTokens.parse(token);
        Assessment assessment = service.get(viewToken);
        String view = path(AssessmentPaths.VIEW, viewToken);
        if (!assessment.isComplete()) {
            return "redirect:" + view;
        }
        if (!forms.check(form, result)) {
            sentBack(response);
            return assessmentPage(model, assessment, viewToken, form, CurrentStateForm.of(assessment.currentState()),
                    null, locale);
        }
        service.describeCompany(viewToken, form.toProfile(options));
        // Back to the section, at its confirmation (which the page focuses and announces).
        return "redirect:" + view + "?" + NOTICE_PARAMETER + "=profil#profil-gespeichert";
    }

    @PostMapping(AssessmentPaths.STATE)
    String saveCurrentState(
            @PathVariable String token,
            @ModelAttribute CurrentStateForm form,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = ViewTokens.parse(token);
        Assessment assessment = service.get(viewToken);
        String view = path(AssessmentPaths.VIEW, viewToken);
        if (!assessment.isComplete()) {
            return "redirect:" + view;
        }
        CurrentStateForm.InCatalog usage = form.in(assessment.catalog());
        if (!forms.check(usage, result)) {
            sentBack(response);
            return assessmentPage(model, assessment, viewToken, ProfileForm.of(assessment.profile()), form, null, locale);
        }
        service.recordCurrentState(viewToken, usage.toCurrentState());
        return "redirect:" + view + "?" + NOTICE_PARAMETER + "=stand#stand-gespeichert";
    }

    @GetMapping(AssessmentPaths.REPORT)
    ResponseEntity<byte[]> report(@PathVariable String token, Locale locale) {
        return reports.download(token, locale);
    }

    private AssessmentLinks links(Assessment assessment, AccessToken viewToken, Locale locale) {
        return links(service, publicUrl.origin(), assessment, viewToken, locale);
    }

    static AssessmentLinks links(
            AssessmentService service, String origin, Assessment assessment, AccessToken viewToken, Locale locale) {
        return links(service, origin, assessment, service.history(assessment), viewToken, locale);
    }

    static AssessmentLinks links(
            AssessmentService service, String origin, Assessment assessment, List<Assessment> history,
            AccessToken viewToken, Locale locale) {
        boolean hasPrevious = ComparisonView.previous(service, assessment).isPresent();
        boolean hasHistory = TrendView.exists(history);
        String code = assessment.evaluation().map(e -> ResultCode.encode(e.answers())).orElse(null);
        return AssessmentLinks.of(origin, viewToken, hasPrevious, hasHistory, assessment.catalog().id(), code, locale);
    }

    private String assessmentPage(
            Model model,
            Assessment assessment,
            AccessToken viewToken,
            ProfileForm profileForm,
            CurrentStateForm stateForm,
            String savedSection,
            Locale locale) {
        List<Assessment> history = service.history(assessment);
        AssessmentView view = AssessmentView.of(assessment, history, stateForm.usage(),
                links(service, publicUrl.origin(), assessment, history, viewToken, locale), messages, locale);
        model.addAttribute("a", view);
        model.addAttribute("r", view.result());
        model.addAttribute("profileForm", profileForm);
        model.addAttribute("currentStateForm", stateForm);
        model.addAttribute("profileView", ProfileFormView.of(profileForm, options, messages, locale));
        model.addAttribute("notice", savedSection);
        model.addAttribute("benchmark", BenchmarkView.of(
                benchmarks.of(assessment), assessment, benchmarks.madeByAdvisor(assessment), locale));
        // Touchpoint links in the shared result parts lead to the guide with this assessment's fit.
        model.addAttribute("guideQuery", view.links().guideQuery());
        return "assessment/show";
    }

    private String draftForm(
            Model model, Assessment assessment, AccessToken viewToken, Map<String, String> answers, boolean justSaved,
            Locale locale) {
        model.addAttribute("draftNotice", new DraftNotice(
                justSaved, AssessmentView.date(assessment.updatedAt(), locale), publicUrl.origin() + path(AssessmentPaths.VIEW, viewToken)));
        return QuestionnaireView.of(catalogs, assessment.catalog(), answers, locale)
                .show(model, path(AssessmentPaths.VIEW, viewToken));
    }

    /**
     * What a draft's questionnaire says above the questions.
     *
     * @param justSaved whether the answers were saved a moment ago
     * @param savedOn the date of the last save
     * @param viewUrl the private link to continue
     */
    public record DraftNotice(boolean justSaved, String savedOn, String viewUrl) {}

    /**
     * Post-redirect-get to the links page without the delete token in any URL: it travels once, in
     * a cookie that only that page receives (path), that scripts cannot read, that no other site
     * sends along, and that expires after ten minutes unless the page clears it first.
     */
    static String redirectToLinks(CreatedAssessment created, HttpServletResponse response) {
        boolean secure = ServletUriComponentsBuilder.fromCurrentRequest().build().getScheme().equals("https");
        response.addHeader(HttpHeaders.SET_COOKIE,
                onceCookie(created.viewToken(), created.deleteToken().value(), ONCE_LIFETIME, secure));
        return "redirect:" + path(AssessmentPaths.SAVED, created.viewToken());
    }

    static String onceCookie(AccessToken viewToken, String value, Duration maxAge, boolean secure) {
        return ResponseCookie.from(ONCE_COOKIE, value)
                .path(path(AssessmentPaths.SAVED, viewToken))
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(secure)
                .sameSite("Strict")
                .build()
                .toString();
    }

    /** A form sent back with its errors: 422, and like every page with a private link not stored. */
    static void sentBack(HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        PrivatePages.noStore(response);
    }
}
