package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The private links of a completed assessment, shown once to hand to the company. Immutable.
 *
 * @param viewUrl the full link to view the result (and change profile and state)
 * @param deleteUrl the full link to delete it
 */
record SavedLinks(String viewUrl, String deleteUrl) {

    /** The links of these tokens on the host of the current request. */
    static SavedLinks of(CreatedAssessment created) {
        String origin = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return new SavedLinks(
                origin + "/auswertung/" + created.viewToken().value(),
                origin + "/loeschen/" + created.deleteToken().value());
    }
}
