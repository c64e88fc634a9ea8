package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.audit.Actor;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A person who signs in to the workspace. Never carries the password hash. Immutable and
 * thread-safe.
 *
 * @param id never null
 * @param email the e-mail address in lower case, the name to sign in with; never null
 * @param role never null
 * @param active false once an administrator has deactivated the account
 * @param createdAt never null
 * @param lastSignInAt empty before the first sign-in
 */
public record Account(UUID id, String email, Role role, boolean active, Instant createdAt, Optional<Instant> lastSignInAt) {

    /** This account as the actor of an audit event; never null. */
    public Actor actor() {
        return new Actor(id, email);
    }

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }
}
