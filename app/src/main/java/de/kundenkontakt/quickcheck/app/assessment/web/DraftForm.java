package de.kundenkontakt.quickcheck.app.assessment.web;

import java.util.Map;

/**
 * What the questionnaire sends to save or continue an assessment: the catalogue version, the chosen
 * level id by question id ({@code answers[<question id>]}) and which button was pressed. Unchecked.
 *
 * @param k the catalogue id, may be null
 * @param answers level id by question id, may be null when nothing was chosen
 * @param action {@value #LATER} for "Später weitermachen", anything else to complete
 */
record DraftForm(String k, Map<String, String> answers, String action) {

    /** The value of the "Später weitermachen" button. */
    static final String LATER = "draft";

    /** The answers, never null. */
    Map<String, String> answersOrEmpty() {
        return answers == null ? Map.of() : answers;
    }

    /** Whether "Später weitermachen" was pressed. */
    boolean later() {
        return LATER.equals(action);
    }
}
