package de.kundenkontakt.quickcheck.app.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * No accounts yet: every page is public. What this adds is protection: a strict
 * Content-Security-Policy (no inline scripts or styles, nothing from other hosts), CSRF tokens in a
 * cookie so that the web tier keeps no session, and no referrer leaking private links.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /**
     * The self-hosted Swagger UI (API docs) sets style attributes from its scripts, which the strict
     * policy blocks; only its own pages may use inline styles. Inline scripts stay forbidden.
     */
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    /** No accounts yet; an empty store keeps Spring from generating a default user. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }

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

    private static SecurityFilterChain protect(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        // Lax: the cookie goes along with links from elsewhere (a reopened private link), never
        // with forms or requests that other sites send in the background.
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(tokens).ignoringRequestMatchers("/api/**"))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }
}
