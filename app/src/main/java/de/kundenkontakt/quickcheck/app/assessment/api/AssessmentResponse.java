package de.kundenkontakt.quickcheck.app.assessment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved assessment as the API returns it. {@code answers}, {@code profile} and
 * {@code currentState} have exactly the shape a request takes, so they can be sent back as they
 * are. Immutable.
 *
 * @param token the view token: the secret of the link to view and continue the assessment; never null
 * @param deleteToken the delete token; only in the response that creates the assessment, else null
 *     (left out)
 * @param links the private links, never null
 * @param status "draft" or "complete", never null
 * @param catalog the pinned catalogue id, never null
 * @param language the language of names and labels, "de" or "en", never null
 * @param createdAt when it was created, ISO 8601 in UTC, never null
 * @param updatedAt when it was last changed, ISO 8601 in UTC, never null
 * @param answers level id by question id, in catalogue order; never null, incomplete for a draft
 * @param openQuestions ids of the questions not yet answered, in catalogue order; never null
 * @param profile the company profile, never null (its parts null when not given)
 * @param profileLabels the profile's values in words, never null (its parts null when not given)
 * @param currentState usage id ("in-use", "planned", "not-used") by touchpoint id; never null
 * @param evaluation the ranking; null for a draft
 * @param gapAnalysis null unless complete with a current state
 * @param actionPlan the steps, quick wins first; null unless complete with a current state
 * @param benchmark how comparable companies answered; null for a draft or below 10 comparable
 *     assessments
 */
@JsonPropertyOrder({
    "token",
    "deleteToken",
    "links",
    "status",
    "catalog",
    "language",
    "createdAt",
    "updatedAt",
    "answers",
    "openQuestions",
    "profile",
    "profileLabels",
    "currentState",
    "evaluation",
    "gapAnalysis",
    "actionPlan",
    "benchmark"
})
public record AssessmentResponse(
        String token,
        @JsonInclude(JsonInclude.Include.NON_NULL) String deleteToken,
        AssessmentLinks links,
        String status,
        String catalog,
        String language,
        String createdAt,
        String updatedAt,
        Map<String, String> answers,
        List<String> openQuestions,
        ProfileJson profile,
        ProfileLabels profileLabels,
        Map<String, String> currentState,
        @Schema(nullable = true) EvaluationResponse evaluation,
        @Schema(nullable = true) GapAnalysisJson gapAnalysis,
        @Schema(nullable = true) List<ActionItemJson> actionPlan,
        @Schema(nullable = true) BenchmarkJson benchmark) {

    public AssessmentResponse {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        openQuestions = List.copyOf(openQuestions);
        currentState = Collections.unmodifiableMap(new LinkedHashMap<>(currentState));
        actionPlan = actionPlan == null ? null : List.copyOf(actionPlan);
    }
}
