package de.kundenkontakt.quickcheck.app.web;

import de.kundenkontakt.quickcheck.app.i18n.Languages;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one exception advice of the pages. It turns a {@link BadPageRequestException} from any page
 * into the friendly 400 page {@code error/400} in the user's language, which names the problem and
 * links to a fresh start, a used-up rate limit into the 429 page {@code error/429}, and a feature's
 * exception into the page its {@link PageExceptionTranslator} names (such as "no assessment behind
 * this link"). Anything else goes on to Spring's and the error page's handling unchanged.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private static final int MAX_ARGUMENT_LENGTH = 40;

    private final MessageSource messages;
    private final List<PageExceptionTranslator> translators;

    PageExceptionHandler(MessageSource messages, List<PageExceptionTranslator> translators) {
        this.messages = messages;
        this.translators = List.copyOf(translators);
    }

    @ExceptionHandler(BadPageRequestException.class)
    ModelAndView badRequest(BadPageRequestException exception, HttpServletRequest request, Locale locale) {
        Object[] arguments = exception.arguments().stream().map(PageExceptionHandler::shorten).toArray();
        ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
        page.addObject("problem", messages.getMessage(exception.messageKey(), arguments, locale));
        // Exception handlers get no @ModelAttribute values, so the layout's are added here.
        page.addObject("languageLinks", LayoutAttributes.links(request));
        page.addObject("language", Texts.language(locale));
        return page;
    }

    /** Too many saves or reports from one client: the 429 page says how long to wait. */
    @ExceptionHandler(RateLimitExceededException.class)
    ModelAndView rateLimited(
            RateLimitExceededException exception, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        long seconds = exception.retryAfterSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        ModelAndView page = new ModelAndView("error/429", HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("problem", messages.getMessage(
                "error.429.limit." + exception.limit(), null, messages.getMessage("error.429.limit", null, locale), locale));
        page.addObject("minutes", Math.max(1, (seconds + 59) / 60));
        page.addObject("languageLinks", LayoutAttributes.links(request));
        page.addObject("language", Texts.language(locale));
        return page;
    }

    /**
     * A feature's exception from a page controller, as its translator says; any other exception (and
     * any from a REST controller, which the API advice answers) is thrown on unchanged.
     */
    @ExceptionHandler(RuntimeException.class)
    ModelAndView translated(
            RuntimeException exception, HandlerMethod handler, HttpServletResponse response, Locale locale)
            throws IOException {
        if (handler == null || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
            throw exception;
        }
        for (PageExceptionTranslator translator : translators) {
            Optional<PageProblem> problem = translator.translate(exception);
            if (problem.isPresent()) {
                return page(problem.get(), response, locale);
            }
        }
        throw exception;
    }

    private static ModelAndView page(PageProblem problem, HttpServletResponse response, Locale locale)
            throws IOException {
        problem.headers().forEach(response::setHeader);
        if (problem.view() == null) {
            response.sendError(problem.status().value());
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView(problem.view(), problem.status());
        page.addAllObjects(problem.model());
        Map<String, String> languageLinks = new LinkedHashMap<>();
        for (Locale language : Languages.SUPPORTED) {
            languageLinks.put(language.getLanguage(), "/?lang=" + language.getLanguage());
        }
        page.addObject("languageLinks", languageLinks);
        page.addObject("language", Texts.language(locale));
        return page;
    }

    private static Object shorten(Object argument) {
        if (argument instanceof String text && text.length() > MAX_ARGUMENT_LENGTH) {
            return text.substring(0, MAX_ARGUMENT_LENGTH) + "…";
        }
        return argument;
    }
}
