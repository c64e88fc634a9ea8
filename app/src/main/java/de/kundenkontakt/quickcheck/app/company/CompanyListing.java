package de.kundenkontakt.quickcheck.app.company;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A company as the list shows it. Immutable and thread-safe.
 *
 * @param company never null
 * @param ownerEmail the e-mail address of the consultant who looks after it, never null
 * @param ownerActive whether that consultant's account is still active
 * @param lastAssessmentAt when its latest assessment was made; null if it has none
 * @param assessments how many assessments it has
 */
public record CompanyListing(
        Company company, String ownerEmail, boolean ownerActive, Instant lastAssessmentAt, int assessments) {

    public CompanyListing {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(ownerEmail, "ownerEmail");
    }

    /** When its latest assessment was made, empty if it has none. */
    public Optional<Instant> lastAssessment() {
        return Optional.ofNullable(lastAssessmentAt);
    }
}
