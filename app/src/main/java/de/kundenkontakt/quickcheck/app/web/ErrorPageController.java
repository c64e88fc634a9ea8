package de.kundenkontakt.quickcheck.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error that reaches the error path (a refused form token, a method a page does not
 * take, a page that does not exist): a page in the user's language whatever the request's Accept
 * header asked for, or problem details for an address under {@code /api/}. Replaces Spring Boot's
 * default, which answers a JSON summary or an empty body to clients that do not ask for HTML.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final MessageSource messages;

    ErrorPageController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request, Locale locale) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code
                : 500;
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failed instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            return problem(status, locale);
        }
        String view = switch (status) {
            case 400 -> "error/400";
            case 404 -> "error/404";
            default -> "error";
        };
        ModelAndView page = new ModelAndView(view, HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        String explanation = messages.getMessage("error.status." + status, null, "", locale);
        if (!explanation.isEmpty()) {
            page.addObject("problem", explanation);
        }
        return page;
    }

    private ResponseEntity<ProblemDetail> problem(int status, Locale locale) {
        String key = status >= 500 ? "problem.internal" : "problem.status." + status;
        String fallback = status >= 500 ? "problem.internal" : "problem.bad-request";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status),
                messages.getMessage(key + ".detail", null, messages.getMessage(fallback + ".detail", null, locale), locale));
        problem.setTitle(messages.getMessage(key + ".title", null, messages.getMessage(fallback + ".title", null, locale),
                locale));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .body(problem);
    }

}
