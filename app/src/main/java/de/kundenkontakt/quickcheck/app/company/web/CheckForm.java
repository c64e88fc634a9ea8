package de.kundenkontakt.quickcheck.app.company.web;

import java.util.Map;

/**
 * What the questionnaire sends on a company's check or a participation link: the catalogue
 * version, the chosen level id by question id ({@code answers[<question id>]}) and the button
 * pressed. Unchecked.
 *
 * @param k the catalogue id, may be null
 * @param answers level id by question id, may be null when nothing was chosen
 * @param action {@code draft} for "Später weitermachen", anything else to complete
 */
record CheckForm(String k, Map<String, String> answers, String action) {

    /** The answers, never null. */
    Map<String, String> answersOrEmpty() {
        return answers == null ? Map.of() : answers;
    }

    /** Whether "Später weitermachen" was pressed. */
    boolean later() {
        return "draft".equals(action);
    }
}
