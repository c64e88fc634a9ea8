package de.kundenkontakt.quickcheck.app.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * Who did something: an account's id and e-mail address at the time. Immutable and thread-safe.
 *
 * @param id the account's id, not null
 * @param email the account's e-mail address, not null
 */
public record Actor(UUID id, String email) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
    }
}
