package de.kundenkontakt.quickcheck.app.web;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a {@link BadPageRequestException} from any page into the friendly 400 page
 * {@code error/400} in the user's language, which names the problem and links to a fresh start.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private static final int MAX_ARGUMENT_LENGTH = 40;

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
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

    private static Object shorten(Object argument) {
        if (argument instanceof String text && text.length() > MAX_ARGUMENT_LENGTH) {
            return text.substring(0, MAX_ARGUMENT_LENGTH) + "…";
        }
        return argument;
    }
}
