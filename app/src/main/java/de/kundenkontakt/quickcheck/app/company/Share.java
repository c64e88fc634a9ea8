package de.kundenkontakt.quickcheck.app.company;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An assessment a company shares with a consultant. Immutable and thread-safe.
 *
 * @param assessmentId never null
 * @param accountId the consultant's account, never null
 * @param advisorEmail the consultant's e-mail address, never null
 * @param sharedAt never null
 */
public record Share(UUID assessmentId, UUID accountId, String advisorEmail, Instant sharedAt) {

    public Share {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(advisorEmail, "advisorEmail");
        Objects.requireNonNull(sharedAt, "sharedAt");
    }
}
