package de.kundenkontakt.quickcheck.app.assessment.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The body that changes an assessment, a JSON Merge Patch (RFC 7396) of its answers, profile and
 * current state: a field left out stays as it is, {@code null} removes, an object is merged key by
 * key. {@link AssessmentRequestReader} reads and checks it; this record documents its shape. Immutable.
 *
 * @param answers level id by question id to set; a null level removes that answer (drafts only)
 * @param complete true to complete the assessment: then every question must be answered
 * @param profile profile parts to set; a null part removes it
 * @param currentState usage by touchpoint id to set; a null usage removes the entry
 */
@JsonPropertyOrder({"answers", "complete", "profile", "currentState"})
public record AssessmentPatch(
        Map<String, String> answers, Boolean complete, ProfileJson profile, Map<String, String> currentState) {}
