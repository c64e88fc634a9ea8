package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import java.util.Locale;

/**
 * What the company form sends. Unchecked: may hold anything a tampered request sends.
 *
 * @param companyName the name, required
 * @param industry the WZ section code, may be blank
 * @param sizeClass the size class id, may be blank
 * @param region the region id, may be blank
 * @param market the market id, may be blank
 */
record CompanyForm(String companyName, String industry, String sizeClass, String region, String market) {

    /** The fields in form order. */
    static final String[] FIELDS = {"companyName", "industry", "sizeClass", "region", "market"};

    static CompanyForm empty() {
        return new CompanyForm(null, null, null, null, null);
    }

    /** The form filled in with a saved profile. */
    static CompanyForm of(CompanyProfile profile) {
        return new CompanyForm(profile.companyName(), profile.industryCode(), profile.sizeClassId(),
                profile.regionId(), profile.marketId());
    }

    /** The form's choices in the page's language, its values chosen (public: the template asks for them). */
    public CompanyFormView choices(ProfileOptions options, Locale locale) {
        return CompanyFormView.of(this, options, locale);
    }

    /**
     * The profile this form describes; the same rules as an assessment's profile.
     *
     * @throws InvalidAssessmentException naming every field whose value is not acceptable
     */
    CompanyProfile toProfile(ProfileOptions options) {
        return CompanyProfile.parse(options, companyName, industry, sizeClass, region, market);
    }
}
