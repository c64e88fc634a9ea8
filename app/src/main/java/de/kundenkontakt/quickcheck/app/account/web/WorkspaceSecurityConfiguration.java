package de.kundenkontakt.quickcheck.app.account.web;

import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import de.kundenkontakt.quickcheck.app.web.SecurityConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The workspace's pages: who may open which. Signing in is the sign-in page's own form ({@link
 * SignInController}, with {@link PasswordSignIn}); signing out is {@code POST} {@value #SIGN_OUT}.
 * Signed-in sessions live in the database (Spring Session JDBC); nothing else creates a session,
 * not even an anonymous visit to a workspace page, which is sent to the sign-in page. CSRF
 * protection and headers are those of every page ({@link SecurityConfiguration#protectPages}).
 *
 * <p>A new workspace page under {@code /arbeitsbereich/} needs no change here: every signed-in
 * account may open it. Pages for administrators only go under {@value #ADMINISTRATION} (or get a
 * rule below).
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceSecurityConfiguration {

    static final String SIGN_OUT = "/abmelden";
    static final String ADMINISTRATION = "/arbeitsbereich/verwaltung/**";
    static final String AUDIT_LOG = "/arbeitsbereich/protokoll/**";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    SecurityFilterChain workspacePages(HttpSecurity http, AuditLog auditLog) throws Exception {
        SecurityConfiguration.protectPages(http.securityMatcher(
                        SignInController.PATH, SIGN_OUT, AccessDeniedController.PATH,
                        WorkspaceController.PATH, WorkspaceController.PATH + "/**", InvitationController.PATH + "/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SignInController.PATH, AccessDeniedController.PATH, InvitationController.PATH + "/**")
                        .permitAll()
                        .requestMatchers(ADMINISTRATION, AUDIT_LOG)
                        .hasAuthority(Role.ADMINISTRATOR_AUTHORITY)
                        .anyRequest()
                        .authenticated())
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .logout(logout -> logout.logoutUrl(SIGN_OUT)
                        .addLogoutHandler(new SignOutAudit(auditLog))
                        .logoutSuccessUrl(SignInController.PATH + "?" + SignInController.NOTICE + "=" + SignInController.SIGNED_OUT))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SignInController.PATH))
                        .accessDeniedHandler(AccessDeniedController::show))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable());
        return http.build();
    }
}
