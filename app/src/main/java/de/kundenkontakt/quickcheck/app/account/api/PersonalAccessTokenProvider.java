package de.kundenkontakt.quickcheck.app.account.api;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.account.TokenService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Checks a presented personal access token with {@link TokenService}; the principal is the token's account. */
final class PersonalAccessTokenProvider implements AuthenticationProvider {

    private final TokenService tokens;

    PersonalAccessTokenProvider(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication presented) {
        Object credentials = presented.getCredentials();
        SignedInAccount account = tokens.authenticate(credentials == null ? null : credentials.toString())
                .map(SignedInAccount::of)
                .orElseThrow(() -> new BadCredentialsException("unknown, revoked or inactive token"));
        return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
