package de.kundenkontakt.quickcheck.app.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Every page outside the workspace is public and keeps no session. What this adds is protection:
 * a strict Content-Security-Policy (no inline scripts or styles, nothing from other hosts), CSRF
 * tokens in a cookie so that the web tier keeps no session, and no referrer leaking private links.
 * Features with filter chains of their own (the workspace) apply the same protection through
 * {@link #protectPages(HttpSecurity)}.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /**
     * The self-hosted Swagger UI (API docs) sets style attributes from its scripts, which the strict
     * policy blocks; only its own pages may use inline styles. Inline scripts stay forbidden.
     */
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    @Bean
    @Order(1)
    SecurityFilterChain swaggerUiFilterChain(HttpSecurity http) throws Exception {
        return protect(http.securityMatcher("/swagger-ui/**"), SWAGGER_UI_CONTENT_SECURITY_POLICY);
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return protect(http, CONTENT_SECURITY_POLICY);
    }

    /**
     * The CSRF protection and security headers of every page, for a filter chain of a feature:
     * CSRF tokens in a cookie (no session needed), the strict Content-Security-Policy, no referrer.
     */
    public static HttpSecurity protectPages(HttpSecurity http) throws Exception {
        return protectPages(http, CONTENT_SECURITY_POLICY);
    }

    private static HttpSecurity protectPages(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        return headers(http, contentSecurityPolicy)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokenRepository()))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
    }

    /**
     * Where the pages keep their CSRF tokens: a cookie, so that no session is needed. A feature that
     * signs someone in renews the token with it ({@code CsrfAuthenticationStrategy}).
     */
    public static CsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        // Lax: the cookie goes along with links from elsewhere (a reopened private link), never
        // with forms or requests that other sites send in the background.
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /** The security headers alone, for API filter chains, which need no CSRF protection. */
    public static HttpSecurity protectApi(HttpSecurity http) throws Exception {
        return headers(http, CONTENT_SECURITY_POLICY);
    }

    private static HttpSecurity headers(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    }

    private static SecurityFilterChain protect(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        protectPages(http, contentSecurityPolicy)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }
}
