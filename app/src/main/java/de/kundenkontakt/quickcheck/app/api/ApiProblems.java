package de.kundenkontakt.quickcheck.app.api;

import de.kundenkontakt.quickcheck.app.api.json.ApiJson;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes a problem response where no controller runs (servlet filters, Spring Security's entry
 * points), in the shape and language of {@link ApiExceptionHandler}'s: title and detail from
 * {@code problem.<key>.title} and {@code problem.<key>.detail} of the bundle {@code i18n/api}.
 */
public final class ApiProblems {

    private ApiProblems() {}

    /**
     * Writes the problem and commits the response.
     *
     * @param status the status, not null
     * @param key the message key prefix, such as "unauthorized", not null
     * @param headers extra response headers, not null
     * @param args the detail's arguments
     */
    public static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String key,
            Map<String, String> headers,
            Object... args)
            throws IOException {
        Texts messages = ApiExceptionHandler.messages(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", messages.get("problem." + key + ".title"));
        problem.put("status", status.value());
        problem.put("detail", messages.get("problem." + key + ".detail", args));
        problem.put("instance", ApiExceptionHandler.publicPath(request));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, messages.language());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        headers.forEach(response::setHeader);
        response.getOutputStream().write(ApiJson.mapper().writeValueAsBytes(problem));
        response.flushBuffer();
    }
}
