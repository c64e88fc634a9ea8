package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import de.kundenkontakt.quickcheck.engine.Question;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A company's saved Quickcheck: answers to one pinned catalogue version (complete unless a
 * draft), an optional company profile and an optional current state. Holds no tokens: only their
 * hashes are stored. Immutable and thread-safe.
 */
public final class Assessment {

    private final UUID id;
    private final AssessmentStatus status;
    private final Answers answers;
    private final CompanyProfile profile;
    private final CurrentState currentState;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final UUID reassessedFrom;
    private final boolean benchmarkConsent;
    private final Evaluation evaluation;

    /**
     * An assessment as stored or about to be stored.
     *
     * @throws InvalidAnswersException if it is complete but a question is open
     * @throws InvalidAssessmentException if the current state names a touchpoint the catalogue lacks
     */
    Assessment(
            UUID id,
            AssessmentStatus status,
            Answers answers,
            CompanyProfile profile,
            CurrentState currentState,
            Instant createdAt,
            Instant updatedAt,
            UUID reassessedFrom,
            boolean benchmarkConsent) {
        this.id = Objects.requireNonNull(id, "id");
        this.status = Objects.requireNonNull(status, "status");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.currentState = Objects.requireNonNull(currentState, "currentState").requireKnownTo(answers.catalog());
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.reassessedFrom = reassessedFrom;
        this.benchmarkConsent = benchmarkConsent;
        // A complete assessment always has an evaluation; evaluate() rejects open questions.
        this.evaluation = status == AssessmentStatus.COMPLETE ? answers.catalog().evaluate(answers) : null;
    }

    /** The internal id; never null. Not a secret, but never part of a link either. */
    public UUID id() {
        return id;
    }

    /** Draft or complete; never null. */
    public AssessmentStatus status() {
        return status;
    }

    /** Whether every question is answered and the assessment has an evaluation. */
    public boolean isComplete() {
        return status == AssessmentStatus.COMPLETE;
    }

    /** The pinned catalogue version; never null. */
    public Catalog catalog() {
        return answers.catalog();
    }

    /** The answers, complete unless a draft; never null. */
    public Answers answers() {
        return answers;
    }

    /** The company profile, {@link CompanyProfile#EMPTY} when none was given; never null. */
    public CompanyProfile profile() {
        return profile;
    }

    /** The current state, {@link CurrentState#EMPTY} when none was given; never null. */
    public CurrentState currentState() {
        return currentState;
    }

    /** When it was created; never null. */
    public Instant createdAt() {
        return createdAt;
    }

    /** When it was last changed; never null. */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** The internal id of the assessment this one re-assesses, empty if none or since deleted. */
    public Optional<UUID> reassessedFrom() {
        return Optional.ofNullable(reassessedFrom);
    }

    /**
     * Whether the assessment may count, anonymously, for benchmarks and research when it was made
     * without an advisor ("für anonyme Vergleichswerte verwenden"); true unless the user said no.
     */
    public boolean benchmarkConsent() {
        return benchmarkConsent;
    }

    /** The evaluation, present exactly when the assessment is complete. */
    public Optional<Evaluation> evaluation() {
        return Optional.ofNullable(evaluation);
    }

    /** The gap analysis, present when the assessment is complete and has a current state. */
    public Optional<GapAnalysis> gapAnalysis() {
        return currentState.isEmpty() ? Optional.empty() : evaluation().map(e -> GapAnalysis.of(e, currentState));
    }

    /** The action plan with the shipped cost data, present when the assessment has a gap analysis. */
    public Optional<ActionPlan> actionPlan() {
        return currentState.isEmpty() ? Optional.empty() : evaluation().map(e -> ActionPlan.of(e, currentState));
    }

    /**
     * The answers that {@code catalog} can take over: level id by question id for each question it
     * has, answered here with a level it has, in its order; never null. "Erneut prüfen" starts from them.
     */
    public Map<String, String> answersKnownTo(Catalog catalog) {
        Map<String, String> known = new LinkedHashMap<>();
        for (Question question : catalog.questions()) {
            answers.level(question.id())
                    .filter(level -> catalog.level(level.id()).isPresent())
                    .ifPresent(level -> known.put(question.id(), level.id()));
        }
        return known;
    }

    Assessment with(AssessmentStatus newStatus, Answers newAnswers, CompanyProfile newProfile,
            CurrentState newState, Instant now) {
        return new Assessment(
                id, newStatus, newAnswers, newProfile, newState, createdAt, now, reassessedFrom, benchmarkConsent);
    }

    Assessment withBenchmarkConsent(boolean consent, Instant now) {
        return new Assessment(id, status, answers, profile, currentState, createdAt, now, reassessedFrom, consent);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Assessment that
                && id.equals(that.id)
                && status == that.status
                && answers.equals(that.answers)
                && profile.equals(that.profile)
                && currentState.equals(that.currentState)
                && createdAt.equals(that.createdAt)
                && updatedAt.equals(that.updatedAt)
                && Objects.equals(reassessedFrom, that.reassessedFrom)
                && benchmarkConsent == that.benchmarkConsent;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Assessment[" + id + ", " + status.id() + ", catalogue " + catalog().id() + ", "
                + answers.answeredCount() + " answers]";
    }
}
