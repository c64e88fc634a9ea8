package de.kundenkontakt.quickcheck.app.account;

import java.time.Instant;
import java.util.UUID;

/**
 * An open invitation to create an account. Immutable and thread-safe.
 *
 * @param id never null
 * @param email the address the account will have, lower case; never null
 * @param role the role the account will have; never null
 * @param expiresAt after this instant the link no longer works; never null
 */
public record Invitation(UUID id, String email, Role role, Instant expiresAt) {}
