package de.kundenkontakt.quickcheck.app.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
            ApiProblems.write(
                    request,
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "too-large",
                    Map.of(HttpHeaders.CONNECTION, "close"),
                    ApiLimits.MAX_BODY_BYTES);
            return;
        }
        chain.doFilter(request, response);
    }
}
