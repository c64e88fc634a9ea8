package de.kundenkontakt.quickcheck.app.account.api;

import de.kundenkontakt.quickcheck.app.account.TokenService;
import de.kundenkontakt.quickcheck.app.api.ApiProblems;
import de.kundenkontakt.quickcheck.app.web.SecurityConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The workspace API ({@value #PATTERN}): every request needs {@code Authorization: Bearer
 * <personal access token>}; without one, or with an unknown, revoked or deactivated account's
 * token, the answer is 401 as problem+json with {@code WWW-Authenticate: Bearer}. Stateless: no
 * session, no cookie, and so no CSRF token either. A controller under the pattern gets the token's
 * account with {@code @AuthenticationPrincipal SignedInAccount}.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceApiSecurityConfiguration {

    static final String PATTERN = "/api/v1/workspace/**";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain workspaceApi(HttpSecurity http, TokenService tokens) throws Exception {
        AuthenticationEntryPoint missing = (request, response, exception) -> problem(request, response, exception, "unauthorized");
        AuthenticationEntryPoint invalid = (request, response, exception) -> problem(request, response, exception, "token-invalid");
        AuthenticationFilter bearer = new AuthenticationFilter(
                new ProviderManager(new PersonalAccessTokenProvider(tokens)), new BearerTokenConverter());
        bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(invalid));
        bearer.setSuccessHandler((request, response, authentication) -> {});
        SecurityConfiguration.protectApi(http.securityMatcher(PATTERN))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .addFilterAt(bearer, BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(missing)
                        .accessDeniedHandler((request, response, denied) -> ApiProblems.write(
                                request, response, HttpStatus.FORBIDDEN, "forbidden", Map.of())))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    private static void problem(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception, String key)
            throws IOException {
        ApiProblems.write(request, response, HttpStatus.UNAUTHORIZED, key, Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }
}
