package de.kundenkontakt.quickcheck.app.questionnaire.web;

import de.kundenkontakt.quickcheck.app.result.ResultCode;
import de.kundenkontakt.quickcheck.app.result.web.ResultLinkQuery;
import de.kundenkontakt.quickcheck.app.web.PageForms;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Shows the 14 questions of a catalogue, optionally pre-filled from a result link's answers, and
 * checks what is sent ({@link QuestionnaireForm}): complete answers go on to their result link
 * (post/redirect/get), incomplete ones come back with every open question named (422), tampered
 * ones get a friendly 400.
 * "Später weitermachen" ({@code action=draft}) hands the answers so far, none required, to the
 * assessments' draft endpoint, which saves them and shows the private links.
 */
@Controller
class QuestionnaireController {

    /** Where a draft is saved; the assessments feature owns that path. */
    static final String SAVE_DRAFT_PATH = "/auswertungen/entwurf";

    private final Catalogs catalogs;
    private final PageForms forms;

    QuestionnaireController(Catalogs catalogs, PageForms forms) {
        this.catalogs = catalogs;
        this.forms = forms;
    }

    @GetMapping(ResultCode.QUESTIONNAIRE_PATH)
    String showForm(ResultLinkQuery link, Locale locale, Model model) {
        Catalog catalog = QuestionnaireInput.catalog(catalogs, link.catalogId());
        // Pre-filled from a result link's answers, read in the catalogue shown.
        Map<String, String> given = link.code() == null
                ? Map.of()
                : new ResultLinkQuery(catalog.id(), link.code()).answers(catalogs).asIds();
        model.addAttribute(QuestionnaireForm.of(catalog, given));
        return QuestionnaireView.of(catalogs, catalog, given, locale).show(model, null);
    }

    @PostMapping(ResultCode.QUESTIONNAIRE_PATH)
    String submitForm(
            @ModelAttribute QuestionnaireForm form,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Catalog catalog = QuestionnaireInput.catalog(catalogs, form.k());
        if (form.later()) {
            forms.check(form.in(catalog), result);
            return "forward:" + SAVE_DRAFT_PATH;
        }
        if (forms.check(form.in(catalog), result, QuestionnaireForm.Complete.class)) {
            return "redirect:" + ResultCode.resultLink(form.in(catalog).toAnswers());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return QuestionnaireView.of(catalogs, catalog, form.answers(), locale).show(model, null);
    }
}
