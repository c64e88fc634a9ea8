package de.kundenkontakt.quickcheck.app.account.web;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.web.SecurityConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.stereotype.Component;

/**
 * Checks an e-mail address and password with Spring Security (bcrypt through the delegating
 * encoder, with the same work for unknown addresses, so that timing tells nothing) and starts the
 * signed-in session the way Spring Security's form login does: a new session id (no fixation), a
 * new CSRF token, the security context stored in the session (and so in the database).
 */
@Component
class PasswordSignIn {

    private final AuthenticationManager passwords;
    private final SessionAuthenticationStrategy newSession = new CompositeSessionAuthenticationStrategy(List.of(
            new ChangeSessionIdAuthenticationStrategy(),
            new CsrfAuthenticationStrategy(SecurityConfiguration.csrfTokenRepository())));
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    PasswordSignIn(UserDetailsService accounts, UserDetailsPasswordService upgrades, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        provider.setUserDetailsPasswordService(upgrades);
        this.passwords = new ProviderManager(provider);
    }

    /** The active account with this e-mail address and password, empty if there is none. */
    Optional<SignedInAccount> check(String email, String password) {
        try {
            Authentication result = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
            return Optional.of((SignedInAccount) result.getPrincipal());
        } catch (AuthenticationException refused) {
            return Optional.empty();
        }
    }

    /** Signs the account in for this browser: the following requests with its cookie act for it. */
    void start(SignedInAccount account, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        newSession.onAuthentication(authentication, request, response);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
