package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.company.CompanyNotFoundException;
import de.kundenkontakt.quickcheck.app.company.ParticipationClosedException;
import de.kundenkontakt.quickcheck.app.company.ParticipationNotFoundException;
import de.kundenkontakt.quickcheck.app.company.TooManyCodeAttemptsException;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the company pages answer when something is not there: another consultant's company or an
 * assessment that is not the company's is the same 404 as one that does not exist. Pages reached
 * by a secret link (participation, sharing) never repeat the link, not even in the language
 * switch; a participation link that expired or was used up is 410 saying which; too many wrong
 * advisor codes are 429 with Retry-After. Consulted before the application's one page advice
 * ({@code web.PageExceptionHandler}), which would otherwise take every RuntimeException of these
 * controllers first; what it does not handle goes on to that advice.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(basePackageClasses = CompanyPageExceptionHandler.class)
class CompanyPageExceptionHandler {

    @ExceptionHandler({CompanyNotFoundException.class, AssessmentNotFoundException.class,
            ParticipationNotFoundException.class})
    ModelAndView notFound(Locale locale) {
        return page("company/not-found", HttpStatus.NOT_FOUND, locale);
    }

    @ExceptionHandler(ParticipationClosedException.class)
    ModelAndView closed(ParticipationClosedException closed, Locale locale) {
        ModelAndView page = page("company/closed", HttpStatus.GONE, locale);
        page.addObject("completed", closed.completed());
        return page;
    }

    @ExceptionHandler(TooManyCodeAttemptsException.class)
    ModelAndView tooMany(TooManyCodeAttemptsException tooMany, Locale locale, HttpServletResponse response) {
        long seconds = Math.max(1, tooMany.retryAfter().toSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        ModelAndView page = page("company/too-many", HttpStatus.TOO_MANY_REQUESTS, locale);
        page.addObject("minutes", Math.max(1, (seconds + 59) / 60));
        return page;
    }

    private static ModelAndView page(String view, HttpStatus status, Locale locale) {
        ModelAndView page = new ModelAndView(view, status);
        Map<String, String> languageLinks = new LinkedHashMap<>();
        languageLinks.put("de", "/?lang=de");
        languageLinks.put("en", "/?lang=en");
        page.addObject("languageLinks", languageLinks);
        page.addObject("language", Texts.language(locale));
        return page;
    }
}
