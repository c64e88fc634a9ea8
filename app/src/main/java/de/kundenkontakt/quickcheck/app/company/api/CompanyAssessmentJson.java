package de.kundenkontakt.quickcheck.app.company.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.api.AssessmentJson;
import de.kundenkontakt.quickcheck.app.assessment.api.ProfileJson;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationJson;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationResponse;
import de.kundenkontakt.quickcheck.engine.Question;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An assessment of a company as the workspace API lists it. It carries no private link: the
 * workspace reaches it by id; only the company holds its tokens. Immutable.
 *
 * @param id never null
 * @param reassessedFrom the id of the assessment it re-assesses, null if none
 * @param status "draft" or "complete", never null
 * @param catalog the pinned catalogue id, never null
 * @param createdAt ISO 8601 in UTC, never null
 * @param updatedAt ISO 8601 in UTC, never null
 * @param answers level id by question id, in catalogue order; never null
 * @param openQuestions ids of the questions not yet answered; never null
 * @param profile the profile it was made with, never null
 * @param currentState usage id by touchpoint id; never null
 * @param evaluation the ranking; null for a draft
 * @param plan the touchpoint ids to take up, quick wins first; null unless complete with a current state
 */
@JsonPropertyOrder({"id", "reassessedFrom", "status", "catalog", "createdAt", "updatedAt", "answers", "openQuestions",
    "profile", "currentState", "evaluation", "plan"})
record CompanyAssessmentJson(
        String id,
        @Schema(nullable = true) String reassessedFrom,
        String status,
        String catalog,
        String createdAt,
        String updatedAt,
        Map<String, String> answers,
        List<String> openQuestions,
        ProfileJson profile,
        Map<String, String> currentState,
        @Schema(nullable = true) EvaluationResponse evaluation,
        @Schema(nullable = true) List<String> plan) {

    CompanyAssessmentJson {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        openQuestions = List.copyOf(openQuestions);
        currentState = Collections.unmodifiableMap(new LinkedHashMap<>(currentState));
        plan = plan == null ? null : List.copyOf(plan);
    }

    static CompanyAssessmentJson of(Assessment assessment, Locale locale) {
        return new CompanyAssessmentJson(
                assessment.id().toString(),
                assessment.reassessedFrom().map(Object::toString).orElse(null),
                assessment.status().id(),
                assessment.catalog().id(),
                assessment.createdAt().toString(),
                assessment.updatedAt().toString(),
                assessment.answers().asIds(),
                assessment.answers().openQuestions().stream().map(Question::id).toList(),
                AssessmentJson.profile(assessment.profile()),
                assessment.currentState().asIds(),
                assessment.evaluation().map(e -> EvaluationJson.of(e, locale)).orElse(null),
                assessment.actionPlan().map(p -> p.items().stream().map(i -> i.touchpointId()).toList()).orElse(null));
    }
}
