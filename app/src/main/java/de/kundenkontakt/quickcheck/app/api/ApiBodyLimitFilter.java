package de.kundenkontakt.quickcheck.app.api;

import de.kundenkontakt.quickcheck.app.api.json.ApiJson;
import de.kundenkontakt.quickcheck.app.api.json.ApiMessages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API requests that announce a body above {@link ApiLimits#MAX_BODY_BYTES} with 413
 * before anything reads it. Bodies without a length (chunked) are bounded where they are read.
 */
@Component
class ApiBodyLimitFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiExceptionHandler.path(request).startsWith(ApiLimits.PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > ApiLimits.MAX_BODY_BYTES) {
            ApiMessages messages = ApiExceptionHandler.messages(request);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("title", messages.get("problem.too-large.title"));
            problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
            problem.put("detail", messages.get("problem.too-large.detail", ApiLimits.MAX_BODY_BYTES));
            problem.put("instance", ApiExceptionHandler.publicPath(request));
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, messages.language());
            response.setHeader(HttpHeaders.CONNECTION, "close");
            response.getOutputStream().write(ApiJson.mapper().writeValueAsBytes(problem));
            return;
        }
        chain.doFilter(request, response);
    }
}
