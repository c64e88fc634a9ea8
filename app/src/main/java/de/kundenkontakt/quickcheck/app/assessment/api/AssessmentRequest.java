package de.kundenkontakt.quickcheck.app.assessment.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.kundenkontakt.quickcheck.app.result.json.AnswerSet;
import de.kundenkontakt.quickcheck.app.result.json.AnswersFitCatalog;
import de.kundenkontakt.quickcheck.app.result.json.RequestedCatalog;
import de.kundenkontakt.quickcheck.engine.Catalog;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body that creates an assessment, as {@link AssessmentRequestReader} binds it (and OpenAPI
 * documents it); a change is checked in this shape too, after it is merged into the assessment.
 * Immutable.
 *
 * @param catalog the catalogue named by id, such as "2022", or the default one; empty when the id
 *     was not a string or named no catalogue
 * @param answers level id by question id; may leave questions open (then a draft); a null level
 *     counts as not given; never null (empty for none)
 * @param draft true to save even a complete set of answers as a draft; false to require every
 *     answer (422 otherwise); null to decide by the answers
 * @param profile the company profile, null for none
 * @param currentState usage ("in-use", "planned", "not-used") by touchpoint id; a null usage counts
 *     as not given; never null (empty for none)
 */
@JsonPropertyOrder({"catalog", "answers", "draft", "profile", "currentState"})
@AnswersFitCatalog(echo = AssessmentRequestReader.SHOWN)
@AssessmentRequestRules
public record AssessmentRequest(
        @Schema(implementation = String.class) @JsonDeserialize(using = RequestedCatalog.class) Optional<Catalog> catalog,
        Map<String, String> answers,
        Boolean draft,
        ProfileJson profile,
        Map<String, String> currentState)
        implements AnswerSet {

    public AssessmentRequest {
        answers = given(answers);
        currentState = given(currentState);
    }

    private static Map<String, String> given(Map<String, String> values) {
        Map<String, String> given = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((key, value) -> {
                if (value != null) {
                    given.put(key, value);
                }
            });
        }
        return Collections.unmodifiableMap(given);
    }

    @Override
    public boolean allAnswersRequired() {
        return Boolean.FALSE.equals(draft);
    }

    /** The catalogue, which a checked request always has; never null. */
    Catalog knownCatalog() {
        return Objects.requireNonNull(catalog.orElse(null), "catalog");
    }
}
