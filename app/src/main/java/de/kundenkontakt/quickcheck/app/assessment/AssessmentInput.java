package de.kundenkontakt.quickcheck.app.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a new assessment starts with. Immutable and thread-safe.
 *
 * @param catalogId the catalogue version to pin, null for the default one
 * @param answers level id by question id, not null; may be incomplete for a draft
 * @param profile not null, {@link CompanyProfile#EMPTY} when none is given
 * @param currentState not null, {@link CurrentState#EMPTY} when none is given
 */
public record AssessmentInput(
        String catalogId, Map<String, String> answers, CompanyProfile profile, CurrentState currentState) {

    public AssessmentInput {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(answers, "answers")));
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(currentState, "currentState");
    }

    /** Answers alone, to the default catalogue, without profile or current state. */
    public static AssessmentInput of(Map<String, String> answers) {
        return new AssessmentInput(null, answers, CompanyProfile.EMPTY, CurrentState.EMPTY);
    }
}
