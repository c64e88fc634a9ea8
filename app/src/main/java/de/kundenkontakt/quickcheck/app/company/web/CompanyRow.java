package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.company.CompanyListing;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A company in the list. Immutable.
 *
 * @param id the company's id
 * @param name its name
 * @param ownerEmail who looks after it
 * @param ownerActive whether that account is active
 * @param lastAssessment when its latest assessment was made, null if none
 * @param assessments how many it has
 */
record CompanyRow(
        UUID id, String name, String ownerEmail, boolean ownerActive, ZonedDateTime lastAssessment, int assessments) {

    static CompanyRow of(CompanyListing listing) {
        return new CompanyRow(
                listing.company().id(),
                listing.company().name(),
                listing.ownerEmail(),
                listing.ownerActive(),
                GermanTime.local(listing.lastAssessmentAt()),
                listing.assessments());
    }

    /** The path of the company's page. */
    public String link() {
        return CompanyPages.company(id);
    }
}
