package de.kundenkontakt.quickcheck.app.company;

import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A client company as a consultant keeps it. Its profile always has a name. Immutable and
 * thread-safe.
 *
 * @param id never null
 * @param ownerId the consultant who looks after it, never null
 * @param profile name, industry, size class, region and market; never null, name never null
 * @param createdAt never null
 * @param updatedAt never null
 */
public record Company(UUID id, UUID ownerId, CompanyProfile profile, Instant createdAt, Instant updatedAt) {

    public Company {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(profile.companyName(), "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The company's name; never null. */
    public String name() {
        return profile.companyName();
    }
}
