package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.Answers;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Changes to a saved assessment; a null part stays as it is. Immutable and thread-safe.
 *
 * @param answers the new answers, level id by question id, replacing all earlier ones; null to
 *     keep them
 * @param complete whether to complete the assessment: every question must then be answered
 * @param profile the new company profile, null to keep it
 * @param currentState the new current state replacing the earlier one, null to keep it
 */
public record AssessmentChanges(
        Map<String, String> answers, boolean complete, CompanyProfile profile, CurrentState currentState) {

    public AssessmentChanges {
        answers = answers == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** No change at all. */
    public static AssessmentChanges none() {
        return new AssessmentChanges(null, false, null, null);
    }

    /** These changes with new answers replacing all earlier ones. */
    public AssessmentChanges withAnswers(Map<String, String> newAnswers) {
        return new AssessmentChanges(newAnswers, complete, profile, currentState);
    }

    /** These changes, also completing the assessment. */
    public AssessmentChanges completing() {
        return new AssessmentChanges(answers, true, profile, currentState);
    }

    /** These changes with a new company profile. */
    public AssessmentChanges withProfile(CompanyProfile newProfile) {
        return new AssessmentChanges(answers, complete, newProfile, currentState);
    }

    /** These changes with a new current state. */
    public AssessmentChanges withCurrentState(CurrentState newState) {
        return new AssessmentChanges(answers, complete, profile, newState);
    }

    /**
     * The assessment {@code current} becomes with these changes at {@code now}. A draft stays a
     * draft unless these changes complete it; a complete assessment stays complete.
     *
     * @throws de.kundenkontakt.quickcheck.engine.InvalidAnswersException if an answer is unknown,
     *     or a question open where the assessment is or becomes complete
     */
    Assessment applyTo(Assessment current, Instant now) {
        AssessmentStatus status = complete || current.isComplete() ? AssessmentStatus.COMPLETE : AssessmentStatus.DRAFT;
        Map<String, String> answerIds = answers == null ? current.answers().asIds() : answers;
        Answers newAnswers = status == AssessmentStatus.COMPLETE
                ? Answers.complete(current.catalog(), answerIds)
                : Answers.draft(current.catalog(), answerIds);
        return current.with(
                status,
                newAnswers,
                profile == null ? current.profile() : profile,
                currentState == null ? current.currentState() : currentState,
                now);
    }
}
