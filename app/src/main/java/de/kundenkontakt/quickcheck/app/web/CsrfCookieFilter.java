package de.kundenkontakt.quickcheck.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the CSRF token of every page request before the page is rendered, so that a first
 * visit (empty cookie jar) gets its {@code XSRF-TOKEN} cookie in the response headers. Spring
 * Security resolves the token only when a form asks for it; on a long page that happens after the
 * response was committed, the cookie is lost and the first form sent from the page fails with 403.
 * API requests, which need no token, and static files are left alone.
 */
final class CsrfCookieFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/v3/")
                || path.equals("/favicon.svg");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            // Loading the deferred token writes the cookie now, while headers can still be set.
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
