package de.kundenkontakt.quickcheck.app.result.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What one answer added to one touchpoint's score. Immutable.
 *
 * @param question the question id, never null
 * @param level the chosen level id, never null
 * @param weight the question's weight for the touchpoint, 0 to 3
 * @param points the points added: level points × weight
 * @param maximum the most the question could add: highest level points × weight
 */
@JsonPropertyOrder({"question", "level", "weight", "points", "maximum"})
public record ContributionJson(String question, String level, int weight, int points, int maximum) {}
