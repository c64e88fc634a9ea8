package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.web.PageForms;
import de.kundenkontakt.quickcheck.engine.Catalog;
import java.util.Map;

/**
 * What the current-state form sends: a usage id by touchpoint id (fields {@code usage[<id>]}). Bound
 * as sent, so it may hold anything a tampered request sends; put {@link #in} the assessment's
 * catalogue, it is checked with {@link PageForms}. Immutable.
 *
 * @param usage usage id by touchpoint id, empty when nothing was chosen; never null
 */
record CurrentStateForm(Map<String, String> usage) {

    CurrentStateForm {
        usage = usage == null ? Map.of() : usage;
    }

    /** The form filled in with a saved current state. */
    static CurrentStateForm of(CurrentState state) {
        return new CurrentStateForm(state.asIds());
    }

    /** The usages in the catalogue of the assessment, to check. */
    InCatalog in(Catalog catalog) {
        return new InCatalog(catalog, usage);
    }

    /**
     * The form's usages in a catalogue: only touchpoints the catalogue has (else the request was
     * tampered with), each with a known usage or none.
     *
     * @param catalog not null
     * @param usage usage id by touchpoint id, not null
     */
    @AssessmentFormRules(offered = true, groups = PageForms.Offered.class)
    @AssessmentFormRules
    record InCatalog(Catalog catalog, Map<String, String> usage) {

        /**
         * The current state the usages describe.
         *
         * @throws de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException if they were not checked
         */
        CurrentState toCurrentState() {
            return CurrentState.parse(usage);
        }
    }
}
