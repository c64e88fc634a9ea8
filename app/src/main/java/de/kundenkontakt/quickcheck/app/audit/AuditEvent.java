package de.kundenkontakt.quickcheck.app.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * One recorded event. Immutable and thread-safe.
 *
 * @param id the event's number, ascending in the order of recording
 * @param occurredAt when it happened, not null
 * @param action what happened, not null
 * @param actor who did it; empty for the command line or an unknown e-mail address at sign-in
 * @param subject what it was about (an e-mail address, a token's name ...), may be null
 * @param clientAddress the client's IP address, null outside a web request
 */
public record AuditEvent(
        long id, Instant occurredAt, AuditAction action, Optional<Actor> actor, String subject, String clientAddress) {}
