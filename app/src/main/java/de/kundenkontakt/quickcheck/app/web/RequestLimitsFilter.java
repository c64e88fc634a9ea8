package de.kundenkontakt.quickcheck.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the request's parameters first, right after the character encoding is set, so that a form
 * Tomcat refuses to read (larger than {@code server.tomcat.max-http-form-post-size}, more than
 * {@code server.tomcat.max-parameter-count} parameters, undecodable) is answered here with the
 * {@link ServerErrorPage} (413 or 400) and one warning line, instead of failing again in every
 * later filter and in the error page itself.
 */
final class RequestLimitsFilter extends OncePerRequestFilter implements Ordered {

    private static final Logger log = LoggerFactory.getLogger(RequestLimitsFilter.class);

    private final ServerErrorPage page;

    RequestLimitsFilter(ServerErrorPage page) {
        this.page = page;
    }

    @Override
    public int getOrder() {
        // after Spring Boot's character encoding filter (HIGHEST_PRECEDENCE), before everything else
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            int status = unreadable instanceof InvalidParameterException invalid && invalid.getErrorCode() == 413
                    ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                    : HttpServletResponse.SC_BAD_REQUEST;
            // The parameters themselves are not logged: they may hold private link tokens.
            log.warn("Refused a {} request with status {}: {}", request.getMethod(), status, status == 413
                    ? "form larger than server.tomcat.max-http-form-post-size"
                    : "parameters unreadable (more than server.tomcat.max-parameter-count, or malformed)");
            if (!response.isCommitted()) {
                response.resetBuffer();
                // The rest of an oversized body is not read: close the connection after answering.
                response.setHeader("Connection", "close");
                page.write(response, status, response.getWriter());
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
