package de.kundenkontakt.quickcheck.app.company;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published inside the transaction that deletes a company, before its rows (and with them its
 * assessments) are deleted, so that listeners (such as summary tables) can still read them and
 * act in the same transaction; an exception undoes the deletion. Immutable and thread-safe.
 *
 * @param companyId never null
 * @param ownerId the consultant who looked after it, never null
 * @param assessmentIds the ids of the assessments that go with it, oldest first; never null
 */
public record CompanyDeleted(UUID companyId, UUID ownerId, List<UUID> assessmentIds) {

    public CompanyDeleted {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(ownerId, "ownerId");
        assessmentIds = List.copyOf(assessmentIds);
    }
}
