package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;

/**
 * What the company profile form sends, checked by {@link AssessmentFormRules}. Bound
 * as sent, so it may hold anything a tampered request sends. Immutable.
 *
 * @param companyName the company name, may be null or blank
 * @param industry the WZ section code, may be null or blank
 * @param sizeClass the size class id, may be null or blank
 * @param region the region id, may be null or blank
 * @param market the market id, may be null or blank
 */
@AssessmentFormRules
record ProfileForm(String companyName, String industry, String sizeClass, String region, String market) {

    /** The form filled in with a saved profile. */
    static ProfileForm of(CompanyProfile profile) {
        return new ProfileForm(profile.companyName(), profile.industryCode(), profile.sizeClassId(),
                profile.regionId(), profile.marketId());
    }

    /**
     * The profile this form describes.
     *
     * @throws InvalidAssessmentException naming every field whose value is not acceptable
     */
    CompanyProfile toProfile(ProfileOptions options) {
        return CompanyProfile.parse(options, companyName, industry, sizeClass, region, market);
    }
}
