package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.audit.Actor;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The account a request acts for: the principal of the session (pages) and of a personal access
 * token (API). Controllers get it with {@code @AuthenticationPrincipal SignedInAccount account}.
 * Its password hash is only present while Spring Security checks a password and is erased right
 * after, so that sessions never store it. Its name ({@link #getUsername()}) is the e-mail address.
 */
public final class SignedInAccount implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String email;
    private final Role role;
    private final boolean active;
    private String passwordHash;

    SignedInAccount(UUID id, String email, Role role, boolean active, String passwordHash) {
        this.id = Objects.requireNonNull(id);
        this.email = Objects.requireNonNull(email);
        this.role = Objects.requireNonNull(role);
        this.active = active;
        this.passwordHash = passwordHash;
    }

    /** The principal of an account, without password hash. */
    public static SignedInAccount of(Account account) {
        return new SignedInAccount(account.id(), account.email(), account.role(), account.active(), null);
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }

    /** This account as the actor of an audit event; never null. */
    public Actor actor() {
        return new Actor(id, email);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInAccount that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The e-mail address and role; never the password hash. */
    @Override
    public String toString() {
        return "SignedInAccount[" + email + ", " + role.id() + "]";
    }
}
