package de.kundenkontakt.quickcheck.app.audit;

import java.time.Instant;

/**
 * Which events to list, newest first. Immutable and thread-safe.
 *
 * @param action only this action; null for all
 * @param person only events whose actor's e-mail address or subject contains this text (ignoring
 *     case); null or blank for all
 * @param from only events at or after this instant; null for no lower bound
 * @param until only events before this instant; null for no upper bound
 * @param before only events with a smaller id (the next page); null for the newest
 */
public record AuditFilter(AuditAction action, String person, Instant from, Instant until, Long before) {

    /** Every event, newest first. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
