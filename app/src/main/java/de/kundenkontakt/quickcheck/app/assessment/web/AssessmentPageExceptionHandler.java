package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A link that reaches no assessment (never created, deleted, mistyped or cut short) gives a friendly
 * 404 page in the user's language. The page never repeats the link: even its language switch leads
 * to the start page rather than back to the address that failed.
 */
@ControllerAdvice(assignableTypes = {
            AssessmentController.class, AssessmentSavingController.class, ReassessmentController.class,
            AssessmentDeletionController.class})
class AssessmentPageExceptionHandler {

    @ExceptionHandler(AssessmentNotFoundException.class)
    ModelAndView notFound(Locale locale) {
        ModelAndView page = new ModelAndView("assessment/not-found", HttpStatus.NOT_FOUND);
        Map<String, String> languageLinks = new LinkedHashMap<>();
        languageLinks.put("de", "/?lang=de");
        languageLinks.put("en", "/?lang=en");
        page.addObject("languageLinks", languageLinks);
        page.addObject("language", Texts.language(locale));
        return page;
    }
}
