package de.kundenkontakt.quickcheck.app.assessment.web;

import static de.kundenkontakt.quickcheck.app.assessment.web.AssessmentLinks.path;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentProblem;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.questionnaire.QuestionnaireInput;
import de.kundenkontakt.quickcheck.app.questionnaire.QuestionnaireView;
import de.kundenkontakt.quickcheck.app.result.ResultCode;
import de.kundenkontakt.quickcheck.app.web.BadPageRequestException;
import de.kundenkontakt.quickcheck.app.web.PublicUrl;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
 * page of {@link AssessmentPageExceptionHandler}.
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

    AssessmentController(
            AssessmentService service, Catalogs catalogs, ProfileOptions options, MessageSource messages,
            ReportRenderer reports, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.service = service;
        this.catalogs = catalogs;
        this.options = options;
        this.messages = messages;
        this.reports = reports;
    }

    @GetMapping(AssessmentLinks.VIEW)
    String show(
            @PathVariable String token,
            @RequestParam(name = NOTICE_PARAMETER, required = false) String notice,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = viewToken(token);
        Assessment assessment = find(viewToken);
        noStore(response);
        if (!assessment.isComplete()) {
            return draftForm(model, assessment, viewToken, assessment.answers().asIds(), false, "entwurf".equals(notice), locale);
        }
        String savedSection = "profil".equals(notice) || "stand".equals(notice) ? notice : null;
        return assessmentPage(model, assessment, viewToken, ProfileForm.of(assessment.profile()), Map.of(), null,
                Map.of(), savedSection, locale);
    }

    /** Continues a draft: "Später weitermachen" keeps it a draft, "Ergebnis anzeigen" completes it. */
    @PostMapping(AssessmentLinks.VIEW)
    String continueDraft(
            @PathVariable String token,
            @ModelAttribute DraftForm form,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = viewToken(token);
        Assessment assessment = find(viewToken);
        Answers answers = formAnswers(assessment.catalog(), form, locale);
        String view = path(AssessmentLinks.VIEW, viewToken);
        if (form.later() && !assessment.isComplete()) {
            service.saveAnswers(viewToken, answers.asIds());
            return "redirect:" + view + "?" + NOTICE_PARAMETER + "=entwurf";
        }
        if (!answers.isComplete()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            noStore(response);
            return draftForm(model, assessment, viewToken, answers.asIds(), true, false, locale);
        }
        service.complete(viewToken, answers.asIds());
        return "redirect:" + view;
    }

    @PostMapping(AssessmentLinks.PROFILE)
    String saveProfile(
            @PathVariable String token,
            @ModelAttribute ProfileForm form,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = viewToken(token);
        Assessment assessment = find(viewToken);
        String view = path(AssessmentLinks.VIEW, viewToken);
        if (!assessment.isComplete()) {
            return "redirect:" + view;
        }
        CompanyProfile profile;
        try {
            profile = form.toProfile(options);
        } catch (InvalidAssessmentException invalid) {
            Map<String, String> found = new LinkedHashMap<>();
            for (AssessmentProblem problem : invalid.problems()) {
                String field = problem.field().substring(problem.field().indexOf('.') + 1);
                found.putIfAbsent(field, fieldMessage(problem, field, locale));
            }
            // The error summary follows the order of the form.
            Map<String, String> errors = new LinkedHashMap<>();
            ProfileFormView.FIELDS.stream().filter(found::containsKey).forEach(f -> errors.put(f, found.get(f)));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            noStore(response);
            return assessmentPage(model, assessment, viewToken, form, errors, null, Map.of(), null, locale);
        }
        service.describeCompany(viewToken, profile);
        // Back to the section, at its confirmation (which the page focuses and announces).
        return "redirect:" + view + "?" + NOTICE_PARAMETER + "=profil#profil-gespeichert";
    }

    @PostMapping(AssessmentLinks.STATE)
    String saveCurrentState(
            @PathVariable String token,
            @ModelAttribute CurrentStateForm form,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = viewToken(token);
        Assessment assessment = find(viewToken);
        String view = path(AssessmentLinks.VIEW, viewToken);
        if (!assessment.isComplete()) {
            return "redirect:" + view;
        }
        Catalog catalog = assessment.catalog();
        Optional<String> unknown = form.usageOrEmpty().keySet().stream()
                .filter(id -> catalog.touchpoint(id).isEmpty())
                .findFirst();
        if (unknown.isPresent()) {
            throw new BadPageRequestException("assessment.invalid.unknown-touchpoint", List.of(unknown.get()));
        }
        CurrentState state;
        try {
            state = CurrentState.parse(form.usageOrEmpty());
        } catch (InvalidAssessmentException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (AssessmentProblem problem : invalid.problems()) {
                String id = problem.field().substring(problem.field().indexOf('.') + 1);
                String name = catalog.touchpoint(id).map(t -> t.name().in(locale)).orElse(id);
                errors.put(id, AssessmentView.text(messages, "assessment.state.error", locale, name));
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            noStore(response);
            return assessmentPage(model, assessment, viewToken, ProfileForm.of(assessment.profile()), Map.of(),
                    form.usageOrEmpty(), errors, null, locale);
        }
        service.recordCurrentState(viewToken, state);
        return "redirect:" + view + "?" + NOTICE_PARAMETER + "=stand#stand-gespeichert";
    }

    /** The questionnaire's answers, open questions allowed; a tampered form is a friendly 400. */
    static Answers formAnswers(Catalog catalog, DraftForm form, Locale locale) {
        try {
            return Answers.draft(catalog, form.answersOrEmpty());
        } catch (InvalidAnswersException invalid) {
            throw QuestionnaireInput.tampered(catalog, invalid.problems().get(0), locale);
        }
    }

    @GetMapping(AssessmentLinks.REPORT)
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
        boolean hasPrevious = service.previousOf(assessment).filter(Assessment::isComplete).isPresent();
        boolean hasHistory = history.stream().filter(Assessment::isComplete).count() > 1;
        String code = assessment.evaluation().map(e -> ResultCode.encode(e.answers())).orElse(null);
        return AssessmentLinks.of(origin, viewToken, hasPrevious, hasHistory, assessment.catalog().id(), code, locale);
    }

    private String assessmentPage(
            Model model,
            Assessment assessment,
            AccessToken viewToken,
            ProfileForm profileForm,
            Map<String, String> profileErrors,
            Map<String, String> submittedUsage,
            Map<String, String> stateErrors,
            String savedSection,
            Locale locale) {
        List<Assessment> history = service.history(assessment);
        AssessmentView view = AssessmentView.of(assessment, history, submittedUsage, stateErrors,
                links(service, publicUrl.origin(), assessment, history, viewToken, locale), messages, locale);
        ProfileFormView profile = ProfileFormView.of(profileForm, options, profileErrors, messages, locale);
        model.addAttribute("a", view);
        model.addAttribute("r", view.result());
        model.addAttribute("profileForm", profile);
        model.addAttribute("errors", errorSummary(view, profile));
        model.addAttribute("notice", savedSection);
        // Touchpoint links in the shared result parts lead to the guide with this assessment's fit.
        model.addAttribute("guideQuery", view.links().guideQuery());
        return "assessment/show";
    }

    /** One entry of the error summary: where it links to and what it says. */
    public record ErrorLink(String href, String text) {}

    private static List<ErrorLink> errorSummary(AssessmentView view, ProfileFormView profile) {
        List<ErrorLink> links = new java.util.ArrayList<>();
        profile.errors().forEach((field, text) -> links.add(new ErrorLink("#" + ProfileFormView.anchor(field), text)));
        view.stateRows().stream()
                .filter(row -> row.error() != null)
                .forEach(row -> links.add(new ErrorLink("#" + row.firstChoiceId(), row.error())));
        return links;
    }

    private String fieldMessage(AssessmentProblem problem, String field, Locale locale) {
        String text = AssessmentView.text(messages, problem.messageKey(), locale);
        if (problem.kind() != AssessmentProblem.Kind.UNKNOWN_VALUE) {
            return text;
        }
        String label = AssessmentView.text(messages, "assessment.profile." + field, locale);
        return AssessmentView.text(messages, "assessment.profile.error", locale, label, text);
    }

    private String draftForm(
            Model model, Assessment assessment, AccessToken viewToken, Map<String, String> answers, boolean reportMissing,
            boolean justSaved, Locale locale) {
        model.addAttribute("questionnaire", QuestionnaireView.of(catalogs, assessment.catalog(), answers, reportMissing, locale));
        model.addAttribute("formAction", path(AssessmentLinks.VIEW, viewToken));
        model.addAttribute("draftNotice", new DraftNotice(
                justSaved, AssessmentView.date(assessment.updatedAt(), locale), publicUrl.origin() + path(AssessmentLinks.VIEW, viewToken)));
        return "questionnaire/form";
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
        return "redirect:" + path(AssessmentLinks.SAVED, created.viewToken());
    }

    static String onceCookie(AccessToken viewToken, String value, Duration maxAge, boolean secure) {
        return ResponseCookie.from(ONCE_COOKIE, value)
                .path(path(AssessmentLinks.SAVED, viewToken))
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(secure)
                .sameSite("Strict")
                .build()
                .toString();
    }

    private Assessment find(AccessToken viewToken) {
        return service.find(viewToken).orElseThrow(AssessmentNotFoundException::new);
    }

    static AccessToken viewToken(String text) {
        return AccessToken.parse(text).orElseThrow(AssessmentNotFoundException::new);
    }

    /** Pages with private links are neither cached nor stored. */
    static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
