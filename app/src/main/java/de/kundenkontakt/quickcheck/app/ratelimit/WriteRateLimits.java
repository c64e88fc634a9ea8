package de.kundenkontakt.quickcheck.app.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Limits, per client address, how often assessments are created and changed and PDF reports are
 * rendered, on the pages and in the API alike. The check runs before the handler, so that a
 * refused request costs no database write and no rendering; the handler's own exception advice
 * turns the refusal into the 429 page or problem response. Evaluating and reading stay unlimited.
 * The rules here are the one list of limited operations: the API description
 * ({@link WriteRateLimitsInOpenApi}) documents 429 from them.
 */
@Configuration(proxyBeanMethods = false)
class WriteRateLimits implements WebMvcConfigurer {

    private record Rule(String method, PathPattern path, RateLimiter limiter) {}

    private final RateLimits limits;
    private final List<Rule> rules;

    WriteRateLimits(RateLimits limits) {
        this.limits = limits;
        RateLimitProperties settings = limits.properties();
        RateLimiter creates = limits.limiter("create", settings.creates(), settings.createPeriod());
        RateLimiter edits = limits.limiter("edit", settings.edits(), settings.editPeriod());
        RateLimiter pdfs = limits.limiter("pdf", settings.pdfs(), settings.pdfPeriod());
        this.rules = List.of(
                rule("POST", "/api/v1/assessments", creates),
                rule("POST", "/auswertungen", creates),
                rule("POST", "/auswertungen/entwurf", creates),
                rule("POST", "/auswertung/{token}/erneut", creates),
                rule("PATCH", "/api/v1/assessments/{token}", edits),
                rule("POST", "/auswertung/{token}", edits),
                rule("POST", "/auswertung/{token}/profil", edits),
                rule("POST", "/auswertung/{token}/stand", edits),
                rule("GET", "/api/v1/assessments/{token}/report.pdf", pdfs),
                rule("GET", "/auswertung/{token}/bericht.pdf", pdfs));
    }

    private static Rule rule(String method, String path, RateLimiter limiter) {
        return new Rule(method, PathPatternParser.defaultInstance.parse(path), limiter);
    }

    /**
     * The limit on requests with this method to this path, if any. A path template such as
     * {@code /api/v1/assessments/{token}} counts as a path whose variables are values.
     *
     * @param method an HTTP method in capitals, not null
     * @param path the path below the context path, not null
     */
    Optional<RateLimiter> limiterOf(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return rules.stream()
                .filter(rule -> rule.method().equals(method) && rule.path().matches(container))
                .map(Rule::limiter)
                .findFirst();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                limiterOf(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()))
                        .ifPresent(limiter -> limits.check(limiter, request.getRemoteAddr()));
                return true;
            }
        })
                // after the language switch (?lang=), so that the 429 page speaks the chosen language
                .order(Ordered.LOWEST_PRECEDENCE);
    }
}
