package de.kundenkontakt.quickcheck.app.assessment.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The body that creates an assessment; {@link AssessmentRequestReader} reads and checks it, this
 * record documents its shape (OpenAPI). Immutable.
 *
 * @param catalog the catalogue id, such as "2022"; null for the default catalogue
 * @param answers level id by question id; may leave questions open (then a draft); null for none
 * @param draft true to save even a complete set of answers as a draft; false to require every
 *     answer (422 otherwise); null to decide by the answers
 * @param profile the company profile, null for none
 * @param currentState usage ("in-use", "planned", "not-used") by touchpoint id, null for none
 */
@JsonPropertyOrder({"catalog", "answers", "draft", "profile", "currentState"})
public record AssessmentRequest(
        String catalog,
        Map<String, String> answers,
        Boolean draft,
        ProfileJson profile,
        Map<String, String> currentState) {}
