package de.kundenkontakt.quickcheck.app.company.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.kundenkontakt.quickcheck.app.assessment.api.AssessmentJson;
import de.kundenkontakt.quickcheck.app.assessment.api.ProfileJson;
import de.kundenkontakt.quickcheck.app.company.CompanyListing;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A company as the workspace API returns it. Immutable.
 *
 * @param id its id, never null
 * @param profile name, industry, size class, region and market as ids (the shape of an
 *     assessment's profile); never null, its name never null
 * @param owner the e-mail address of the consultant who looks after it, never null
 * @param createdAt ISO 8601 in UTC, never null
 * @param updatedAt ISO 8601 in UTC, never null
 * @param lastAssessmentAt when its latest assessment was made, ISO 8601 in UTC; null if none
 * @param assessments how many assessments it has
 * @param links its paths in this API, never null
 */
@JsonPropertyOrder({"id", "profile", "owner", "createdAt", "updatedAt", "lastAssessmentAt", "assessments", "links"})
record CompanyJson(
        String id,
        ProfileJson profile,
        String owner,
        String createdAt,
        String updatedAt,
        @Schema(nullable = true) String lastAssessmentAt,
        int assessments,
        Links links) {

    /**
     * @param self the company
     * @param assessments its assessments
     */
    record Links(String self, String assessments) {}

    static CompanyJson of(CompanyListing listing) {
        String self = WorkspaceCompaniesController.COMPANIES + "/" + listing.company().id();
        return new CompanyJson(
                listing.company().id().toString(),
                AssessmentJson.profile(listing.company().profile()),
                listing.ownerEmail(),
                listing.company().createdAt().toString(),
                listing.company().updatedAt().toString(),
                listing.lastAssessment().map(Object::toString).orElse(null),
                listing.assessments(),
                new Links(self, self + "/assessments"));
    }
}
