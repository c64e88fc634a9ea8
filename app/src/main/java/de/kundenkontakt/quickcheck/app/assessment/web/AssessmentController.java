package de.kundenkontakt.quickcheck.app.assessment.web;

import static de.kundenkontakt.quickcheck.app.assessment.web.AssessmentLinks.path;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentComparison;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
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
import de.kundenkontakt.quickcheck.app.result.InvalidResultCodeException;
import de.kundenkontakt.quickcheck.app.result.ResultCode;
import de.kundenkontakt.quickcheck.app.web.BadPageRequestException;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The pages of a saved assessment, reached by its private link: saving a result or a draft, the
 * two links, continuing a draft, the assessment with company profile, current state, gap analysis
 * and action plan, "Erneut prüfen", the comparison and the PDF report. A link that reaches no
 * assessment gives the friendly 404 page of {@link AssessmentPageExceptionHandler}.
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

    AssessmentController(
            AssessmentService service, Catalogs catalogs, ProfileOptions options, MessageSource messages,
            ReportRenderer reports) {
        this.service = service;
        this.catalogs = catalogs;
        this.options = options;
        this.messages = messages;
        this.reports = reports;
    }

    /** "Ergebnis speichern" on the result page: the result link's query becomes a complete assessment. */
    @PostMapping(AssessmentLinks.SAVE)
    String saveResult(
            @RequestParam(name = ResultCode.CATALOG_PARAMETER, required = false) String catalogId,
            @RequestParam(name = ResultCode.ANSWERS_PARAMETER, required = false) String code,
            HttpServletResponse response) {
        Answers answers;
        try {
            answers = ResultCode.decode(catalogs, catalogId, code);
        } catch (InvalidResultCodeException invalid) {
            throw new BadPageRequestException(invalid.reason().messageKey(), invalid.arguments());
        }
        return redirectToLinks(service.createComplete(
                new AssessmentInput(answers.catalog().id(), answers.asIds(), CompanyProfile.EMPTY, CurrentState.EMPTY)),
                response);
    }

    /** "Später weitermachen" in the questionnaire: the answers so far become a draft. */
    @PostMapping(AssessmentLinks.DRAFT)
    String saveDraft(@ModelAttribute DraftForm form, Locale locale, HttpServletResponse response) {
        Catalog catalog = QuestionnaireInput.catalog(catalogs, form.k());
        CreatedAssessment created;
        try {
            created = service.startDraft(
                    new AssessmentInput(catalog.id(), form.answersOrEmpty(), CompanyProfile.EMPTY, CurrentState.EMPTY));
        } catch (InvalidAnswersException invalid) {
            throw QuestionnaireInput.tampered(catalog, invalid.problems().get(0), locale);
        }
        return redirectToLinks(created, response);
    }

    /**
     * The two private links right after saving. The delete link comes once, from the short-lived
     * cookie that {@link #redirectToLinks} set for this page only, and the cookie is cleared at once:
     * a reload shows the view link and says that the delete link was shown already.
     */
    @GetMapping(AssessmentLinks.SAVED)
    String showLinks(
            @PathVariable String token,
            @CookieValue(name = ONCE_COOKIE, required = false) String deleteText,
            HttpServletRequest request,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = viewToken(token);
        Assessment assessment = service.find(viewToken).orElseThrow(AssessmentNotFoundException::new);
        Optional<AccessToken> deleteToken = AccessToken.parse(deleteText)
                .filter(t -> service.findForDeletion(t).map(a -> a.id().equals(assessment.id())).orElse(false));
        if (deleteText != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, onceCookie(viewToken, "", Duration.ZERO, request.isSecure()));
        }
        noStore(response);
        String origin = origin();
        model.addAttribute("saved", new SavedView(
                !assessment.isComplete(),
                AssessmentView.date(assessment.createdAt(), locale),
                origin + path(AssessmentLinks.VIEW, viewToken),
                deleteToken.map(t -> origin + path(AssessmentLinks.DELETE, t)).orElse(null),
                path(AssessmentLinks.VIEW, viewToken)));
        return "assessment/saved";
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

    /** "Erneut prüfen": the questionnaire pre-filled with this assessment's answers; nothing is saved yet. */
    @GetMapping(AssessmentLinks.REASSESS)
    String showReassessment(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
        AccessToken viewToken = viewToken(token);
        Assessment old = find(viewToken);
        noStore(response);
        return reassessmentForm(model, old, viewToken, service.reassessmentAnswers(viewToken), false, locale);
    }

    /**
     * Saves "Erneut prüfen" as a new assessment linked to this one: complete with "Ergebnis
     * anzeigen" (open questions are shown again, 422), a draft with "Später weitermachen".
     */
    @PostMapping(AssessmentLinks.REASSESS)
    String submitReassessment(
            @PathVariable String token,
            @ModelAttribute DraftForm form,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = viewToken(token);
        Assessment old = find(viewToken);
        Answers answers = formAnswers(catalogs.defaultCatalog(), form, locale);
        if (!form.later() && !answers.isComplete()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            noStore(response);
            return reassessmentForm(model, old, viewToken, answers.asIds(), true, locale);
        }
        return redirectToLinks(service.reassess(viewToken, answers.asIds(), form.later()), response);
    }

    /** The questionnaire's answers, open questions allowed; a tampered form is a friendly 400. */
    private static Answers formAnswers(Catalog catalog, DraftForm form, Locale locale) {
        try {
            return Answers.draft(catalog, form.answersOrEmpty());
        } catch (InvalidAnswersException invalid) {
            throw QuestionnaireInput.tampered(catalog, invalid.problems().get(0), locale);
        }
    }

    private String reassessmentForm(
            Model model, Assessment old, AccessToken viewToken, Map<String, String> answers, boolean reportMissing,
            Locale locale) {
        model.addAttribute("questionnaire",
                QuestionnaireView.of(catalogs, catalogs.defaultCatalog(), answers, reportMissing, locale));
        model.addAttribute("formAction", path(AssessmentLinks.REASSESS, viewToken));
        model.addAttribute("reassessNotice", new ReassessNotice(
                AssessmentView.date(old.createdAt(), locale), path(AssessmentLinks.VIEW, viewToken)));
        return "questionnaire/form";
    }

    /**
     * What the pre-filled questionnaire of "Erneut prüfen" says above the questions.
     *
     * @param earlierOn the date of the assessment it starts from
     * @param back the path back to that assessment
     */
    public record ReassessNotice(String earlierOn, String back) {}

    /** The development of every touchpoint over the history: an SVG chart and a table. */
    @GetMapping(AssessmentLinks.TREND)
    String trend(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
        AccessToken viewToken = viewToken(token);
        Assessment assessment = find(viewToken);
        List<Assessment> complete = service.history(assessment).stream().filter(Assessment::isComplete).toList();
        if (complete.size() < 2) {
            return "redirect:" + path(AssessmentLinks.VIEW, viewToken);
        }
        noStore(response);
        model.addAttribute("trend", TrendView.of(complete, path(AssessmentLinks.VIEW, viewToken), locale));
        return "assessment/trend";
    }

    /**
     * Compares this assessment with another of its history: the one at place {@code mit} (1-based,
     * oldest first), else the one it re-assesses. The earlier of the two is always "before".
     */
    @GetMapping(AssessmentLinks.COMPARE)
    String compare(
            @PathVariable String token,
            @RequestParam(name = AssessmentLinks.OTHER_PARAMETER, required = false) String place,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AccessToken viewToken = viewToken(token);
        Assessment shown = find(viewToken);
        if (!shown.isComplete()) {
            return "redirect:" + path(AssessmentLinks.VIEW, viewToken);
        }
        Assessment other;
        if (place == null) {
            other = service.previousOf(shown).filter(Assessment::isComplete).orElseThrow(AssessmentNotFoundException::new);
        } else {
            List<Assessment> history = service.history(shown);
            int index;
            try {
                index = Integer.parseInt(place) - 1;
            } catch (NumberFormatException notANumber) {
                throw new BadPageRequestException("assessment.compare.invalid", List.of(place.length() > 20 ? place.substring(0, 20) + "…" : place));
            }
            if (index < 0 || index >= history.size() || history.get(index).id().equals(shown.id())
                    || !history.get(index).isComplete()) {
                throw new BadPageRequestException("assessment.compare.invalid", List.of(place.length() > 20 ? place.substring(0, 20) + "…" : place));
            }
            other = history.get(index);
        }
        boolean otherFirst = other.createdAt().isBefore(shown.createdAt());
        Assessment earlier = otherFirst ? other : shown;
        Assessment later = otherFirst ? shown : other;
        AssessmentComparison comparison = AssessmentComparison.of(
                earlier.evaluation().orElseThrow(), later.evaluation().orElseThrow());
        noStore(response);
        model.addAttribute("comparison", ComparisonView.of(
                earlier, later, comparison, path(AssessmentLinks.VIEW, viewToken), messages, locale));
        return "assessment/compare";
    }

    @GetMapping(AssessmentLinks.REPORT)
    ResponseEntity<byte[]> report(@PathVariable String token, Locale locale) {
        return reports.download(token, locale);
    }

    private AssessmentLinks links(Assessment assessment, AccessToken viewToken, Locale locale) {
        return links(service, assessment, viewToken, locale);
    }

    static AssessmentLinks links(AssessmentService service, Assessment assessment, AccessToken viewToken, Locale locale) {
        return links(service, assessment, service.history(assessment), viewToken, locale);
    }

    static AssessmentLinks links(
            AssessmentService service, Assessment assessment, List<Assessment> history, AccessToken viewToken, Locale locale) {
        boolean hasPrevious = service.previousOf(assessment).filter(Assessment::isComplete).isPresent();
        boolean hasHistory = history.stream().filter(Assessment::isComplete).count() > 1;
        String code = assessment.evaluation().map(e -> ResultCode.encode(e.answers())).orElse(null);
        return AssessmentLinks.of(origin(), viewToken, hasPrevious, hasHistory, assessment.catalog().id(), code, locale);
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
                links(service, assessment, history, viewToken, locale), messages, locale);
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
                justSaved, AssessmentView.date(assessment.updatedAt(), locale), origin() + path(AssessmentLinks.VIEW, viewToken)));
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
     * The page with the two private links.
     *
     * @param draft whether a draft was saved
     * @param savedOn the date
     * @param viewUrl the full link to view and continue
     * @param deleteUrl the full link to delete, null when it was shown already
     * @param view the path of the assessment page
     */
    public record SavedView(boolean draft, String savedOn, String viewUrl, String deleteUrl, String view) {}

    /**
     * Post-redirect-get to the links page without the delete token in any URL: it travels once, in
     * a cookie that only that page receives (path), that scripts cannot read, that no other site
     * sends along, and that expires after ten minutes unless the page clears it first.
     */
    private static String redirectToLinks(CreatedAssessment created, HttpServletResponse response) {
        boolean secure = ServletUriComponentsBuilder.fromCurrentRequest().build().getScheme().equals("https");
        response.addHeader(HttpHeaders.SET_COOKIE,
                onceCookie(created.viewToken(), created.deleteToken().value(), ONCE_LIFETIME, secure));
        return "redirect:" + path(AssessmentLinks.SAVED, created.viewToken());
    }

    private static String onceCookie(AccessToken viewToken, String value, Duration maxAge, boolean secure) {
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

    /** Scheme, host and port of this request, for links to copy. */
    static String origin() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    /** Pages with private links are neither cached nor stored. */
    static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
