package de.kundenkontakt.quickcheck.app.assessment.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.Optional;

/**
 * The body that changes an assessment, a JSON Merge Patch (RFC 7396) of its answers, profile and
 * current state: a field left out stays as it is, {@code null} removes, an object is merged key by
 * key. {@link AssessmentRequestReader} applies it to the assessment and binds the result to this
 * record, then checks it as an {@link AssessmentRequest}; OpenAPI documents the patch with it. Immutable.
 *
 * @param answers level id by question id to set; a null level removes that answer (drafts only)
 * @param complete true to complete the assessment: then every question must be answered
 * @param profile profile parts to set; a null part removes it
 * @param currentState usage by touchpoint id to set; a null usage removes the entry
 */
@JsonPropertyOrder({"answers", "complete", "profile", "currentState"})
public record AssessmentPatch(
        @Schema(types = {"object", "null"}, additionalPropertiesSchema = IdOrNull.class) Map<String, String> answers,
        Boolean complete,
        @Schema(nullable = true) ProfileJson profile,
        @Schema(types = {"object", "null"}, additionalPropertiesSchema = IdOrNull.class) Map<String, String> currentState) {

    /** Documents the values of {@code answers} and {@code currentState}: an id, or null to remove the entry. */
    @Schema(types = {"string", "null"}, description = "An id, or null to remove the entry")
    private interface IdOrNull {}

    /** The assessment as it is now, in this shape: what a patch applies to. */
    static AssessmentPatch of(Assessment assessment) {
        return new AssessmentPatch(
                assessment.answers().asIds(),
                null,
                AssessmentJson.profile(assessment.profile()),
                assessment.currentState().asIds());
    }

    /**
     * The merged assessment as a request to check: in its catalogue, which cannot change, and with
     * every answer required when it is or becomes complete.
     */
    AssessmentRequest toRequest(Assessment current) {
        boolean allRequired = Boolean.TRUE.equals(complete) || current.isComplete();
        return new AssessmentRequest(Optional.of(current.catalog()), answers, !allRequired, profile, currentState);
    }
}
