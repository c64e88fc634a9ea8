package de.kundenkontakt.quickcheck.app.questionnaire.web;

import java.util.Map;

/**
 * What the questionnaire form sends: the catalogue version and the chosen level id by question id
 * (fields {@code k} and {@code answers[<question id>]}). Unchecked; may hold anything a tampered
 * request sends.
 *
 * @param k the catalogue id, may be null
 * @param answers level id by question id, may be null when nothing was chosen
 */
record AnswersForm(String k, Map<String, String> answers) {

    /** The answers, never null. */
    Map<String, String> answersOrEmpty() {
        return answers == null ? Map.of() : answers;
    }
}
