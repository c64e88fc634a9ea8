package de.kundenkontakt.quickcheck.app.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What is known about a personal access token: never the token itself. Immutable and thread-safe.
 *
 * @param id never null
 * @param name what its owner called it; never null
 * @param createdAt never null
 * @param lastUsedAt when it last authenticated a request (to the minute); empty if never
 */
public record PersonalAccessToken(UUID id, String name, Instant createdAt, Optional<Instant> lastUsedAt) {}
