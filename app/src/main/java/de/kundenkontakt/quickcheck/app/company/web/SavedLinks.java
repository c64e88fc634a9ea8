package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;

/**
 * The private links of a completed assessment, shown once to hand to the company. Immutable.
 *
 * @param viewUrl the full link to view the result (and change profile and state)
 * @param deleteUrl the full link to delete it
 */
record SavedLinks(String viewUrl, String deleteUrl) {

    /**
     * The links of these tokens at the application's public address.
     *
     * @param origin the public address from {@code web.PublicUrl#origin()}, not null
     */
    static SavedLinks of(String origin, CreatedAssessment created) {
        return new SavedLinks(
                origin + AssessmentPaths.path(AssessmentPaths.VIEW, created.viewToken()),
                origin + AssessmentPaths.path(AssessmentPaths.DELETE, created.deleteToken()));
    }
}
