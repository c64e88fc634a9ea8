package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.company.Participation;
import de.kundenkontakt.quickcheck.app.company.ParticipationNotFoundException;
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
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The participation link's page, for a company without an account: the questionnaire, saved as a
 * draft on the same link ("Später weitermachen") or completed, after which the company sees its
 * own private links to the result and the link stops working. The pages are never cached.
 */
@Controller
class ParticipationController {

    private final ParticipationService participation;
    private final Catalogs catalogs;
    private final PageForms forms;
    private final MessageSource messages;
    private final PublicUrl publicUrl;

    ParticipationController(
            ParticipationService participation,
            Catalogs catalogs,
            PageForms forms,
            MessageSource messages,
            PublicUrl publicUrl) {
        this.participation = participation;
        this.catalogs = catalogs;
        this.forms = forms;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @GetMapping(CompanyPages.PARTICIPATION)
    String showForm(
            @PathVariable String token,
            @RequestParam(name = "gespeichert", required = false) String saved,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Participation open = participation.open(token).orElseThrow(ParticipationNotFoundException::new);
        Catalog catalog = open.catalogId() == null ? catalogs.defaultCatalog() : QuestionnaireInput.catalog(catalogs, open.catalogId());
        if (saved != null) {
            model.addAttribute("savedNotice", true);
        }
        model.addAttribute(QuestionnaireForm.of(catalog, open.answers()));
        return questionnaire(token, open, QuestionnaireView.of(catalogs, catalog, open.answers(), locale),
                locale, model, response);
    }

    @PostMapping(CompanyPages.PARTICIPATION)
    String submitForm(
            @PathVariable String token,
            @ModelAttribute QuestionnaireForm form,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Participation open = participation.open(token).orElseThrow(ParticipationNotFoundException::new);
        Catalog catalog = QuestionnaireInput.catalog(catalogs, open.catalogId() == null ? form.k() : open.catalogId());
        QuestionnaireForm.InCatalog answers = form.in(catalog);
        if (!forms.check(answers, result, form.groups())) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return questionnaire(token, open, QuestionnaireView.of(catalogs, catalog, answers.answers(), locale),
                    locale, model, response);
        }
        if (form.later()) {
            participation.saveDraft(token, catalog.id(), answers.toAnswers().asIds());
            return "redirect:/teilnahme/" + token + "?gespeichert=ja";
        }
        CreatedAssessment created = participation.complete(token, catalog.id(), answers.toAnswers().asIds());
        PrivatePages.noStore(response);
        model.addAttribute("companyName", open.company().name());
        model.addAttribute("links", SavedLinks.of(publicUrl.origin(), created));
        return "company/participation-done";
    }

    private String questionnaire(String token, Participation open, QuestionnaireView view, Locale locale, Model model,
            HttpServletResponse response) {
        PrivatePages.noStore(response);
        String until = DateTimeFormatter.ofPattern(messages.getMessage("account.date", null, locale), locale)
                .format(GermanTime.local(open.expiresAt()));
        String key = model.containsAttribute("savedNotice") ? "company.participation.saved" : "company.participation.context";
        model.addAttribute("questionnaireContext",
                messages.getMessage(key, new Object[] {open.company().name(), until}, locale));
        return view.show(model, "/teilnahme/" + token);
    }
}
