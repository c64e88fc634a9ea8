package de.kundenkontakt.quickcheck.app.company;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published inside the transaction that hands a company to another consultant, after the owner
 * changed; an exception undoes it. Immutable and thread-safe.
 *
 * @param companyId never null
 * @param previousOwnerId never null
 * @param newOwnerId never null
 * @param assessmentIds the ids of the company's assessments, oldest first; never null
 */
public record CompanyReassigned(UUID companyId, UUID previousOwnerId, UUID newOwnerId, List<UUID> assessmentIds) {

    public CompanyReassigned {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(previousOwnerId, "previousOwnerId");
        Objects.requireNonNull(newOwnerId, "newOwnerId");
        assessmentIds = List.copyOf(assessmentIds);
    }
}
