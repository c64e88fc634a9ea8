package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves, continues, finds, re-assesses and deletes assessments reached by private links. Each
 * operation is one transaction; nothing is kept in memory between calls, so any number of
 * application instances can share one database.
 *
 * <p>Answers are ids as forms and requests send them (level id by question id). Answers that do
 * not fit the catalogue throw the engine's {@link InvalidAnswersException}; a profile, current
 * state or catalogue that is not acceptable throws {@link InvalidAssessmentException}; a token that
 * reaches no assessment throws {@link AssessmentNotFoundException} (or gives an empty result).
 * Every change is published as an {@link AssessmentEvent} inside its transaction.
 */
@Service
public class AssessmentService {

    private final Assessments assessments;
    private final Catalogs catalogs;
    private final AssessmentEvents events;
    private final AssessmentHistory history;
    private final NewAssessments newAssessments;
    private final Clock clock;

    @Autowired
    AssessmentService(Assessments assessments, Catalogs catalogs, ApplicationEventPublisher events) {
        this(assessments, catalogs, events, Clock.systemUTC());
    }

    AssessmentService(Assessments assessments, Catalogs catalogs, ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.catalogs = catalogs;
        this.events = new AssessmentEvents(events::publishEvent);
        this.history = new AssessmentHistory(assessments);
        this.newAssessments = new NewAssessments(assessments, catalogs, this.events);
        this.clock = clock;
    }

    /**
     * Saves a draft to continue later: questions may be open.
     *
     * @param input not null
     * @throws InvalidAnswersException if an answer names an unknown question or level
     * @throws InvalidAssessmentException if the catalogue is unknown or the current state names a
     *     touchpoint the catalogue lacks
     */
    @Transactional
    public CreatedAssessment startDraft(AssessmentInput input) {
        return create(input, AssessmentStatus.DRAFT, null);
    }

    /**
     * Saves a complete assessment: every question must be answered.
     *
     * @param input not null
     * @throws InvalidAnswersException naming every open or unknown answer
     * @throws InvalidAssessmentException if the catalogue is unknown or the current state names a
     *     touchpoint the catalogue lacks
     */
    @Transactional
    public CreatedAssessment createComplete(AssessmentInput input) {
        return create(input, AssessmentStatus.COMPLETE, null);
    }

    /**
     * Saves a complete assessment, stating whether it may count for anonymous benchmarks
     * ("für anonyme Vergleichswerte verwenden"; {@link #createComplete(AssessmentInput)} assumes yes).
     *
     * @see #createComplete(AssessmentInput)
     */
    @Transactional
    public CreatedAssessment createComplete(AssessmentInput input, boolean benchmarkConsent) {
        return newAssessments.store(input, AssessmentStatus.COMPLETE, null, benchmarkConsent, now());
    }

    /**
     * The assessment this view token reaches, empty if there is none. Counts as opening it: a
     * completed assessment is kept while it is opened now and then (see {@link AssessmentRetention}).
     */
    @Transactional
    public Optional<Assessment> find(AccessToken viewToken) {
        Optional<Assessment> found = assessments.findByViewToken(viewToken);
        found.ifPresent(this::opened);
        return found;
    }

    /**
     * The assessment this view token reaches, never null. Counts as opening it, as {@link #find(AccessToken)} does.
     *
     * @throws AssessmentNotFoundException if the token reaches no assessment
     */
    @Transactional
    public Assessment get(AccessToken viewToken) {
        return find(viewToken).orElseThrow(AssessmentNotFoundException::new);
    }

    /**
     * The assessment the view token written as {@code viewToken} reaches; empty if there is none
     * or the text cannot be a token (then the database is not asked). Counts as opening it.
     */
    @Transactional
    public Optional<Assessment> find(String viewToken) {
        return AccessToken.parse(viewToken).flatMap(this::find);
    }

    /** Notes the opening at most once a day, so that reading an assessment seldom writes. */
    private void opened(Assessment assessment) {
        Instant now = now();
        assessments.markOpened(assessment.id(), now, now.minus(1, ChronoUnit.DAYS));
    }

    /** The assessment this delete token would remove, to show before confirming; empty if none. */
    @Transactional(readOnly = true)
    public Optional<Assessment> findForDeletion(AccessToken deleteToken) {
        return assessments.findByDeleteToken(deleteToken);
    }

    /**
     * Applies changes to a saved assessment. A draft stays a draft unless {@code changes}
     * complete it; a complete assessment stays complete, so new answers must then be complete.
     *
     * @throws AssessmentNotFoundException if the token reaches no assessment
     * @throws InvalidAnswersException if an answer is unknown, or a question open where the
     *     assessment is or becomes complete
     * @throws InvalidAssessmentException if the current state names a touchpoint the catalogue lacks
     */
    @Transactional
    public Assessment update(AccessToken viewToken, AssessmentChanges changes) {
        return change(viewToken, current -> changes);
    }

    /**
     * Applies the changes that {@code changesTo} works out from the assessment as it is now (such
     * as a JSON Merge Patch): the row is locked first, so no other change can come between reading
     * and writing, and none is lost.
     *
     * @param changesTo not null; what it throws rolls everything back
     * @see #update
     */
    @Transactional
    public Assessment change(AccessToken viewToken, Function<Assessment, AssessmentChanges> changesTo) {
        Assessment current = assessments.findByViewTokenForUpdate(viewToken)
                .orElseThrow(AssessmentNotFoundException::new);
        return apply(current, changesTo.apply(current));
    }

    /** Applies changes to an assessment whose row the caller has locked, and stores the result. */
    Assessment apply(Assessment current, AssessmentChanges changes) {
        Assessment changed = changes.applyTo(current, now());
        assessments.update(changed);
        events.changed(current, changed);
        return changed;
    }

    /**
     * Says whether the assessment may count, anonymously, for benchmarks and research.
     *
     * @throws AssessmentNotFoundException if the token reaches no assessment
     */
    @Transactional
    public Assessment changeBenchmarkConsent(AccessToken viewToken, boolean consent) {
        Assessment current = assessments.findByViewTokenForUpdate(viewToken)
                .orElseThrow(AssessmentNotFoundException::new);
        if (current.benchmarkConsent() == consent) {
            return current;
        }
        Assessment changed = current.withBenchmarkConsent(consent, now());
        assessments.update(changed);
        events.benchmarkConsentChanged(changed);
        return changed;
    }

    /** Saves new answers, replacing the earlier ones ("Später weitermachen"); see {@link #update}. */
    @Transactional
    public Assessment saveAnswers(AccessToken viewToken, Map<String, String> answers) {
        return update(viewToken, AssessmentChanges.none().withAnswers(answers));
    }

    /** Saves the final answers and completes the assessment; see {@link #update}. */
    @Transactional
    public Assessment complete(AccessToken viewToken, Map<String, String> answers) {
        return update(viewToken, AssessmentChanges.none().withAnswers(answers).completing());
    }

    /** Replaces the company profile; see {@link #update}. */
    @Transactional
    public Assessment describeCompany(AccessToken viewToken, CompanyProfile profile) {
        return update(viewToken, AssessmentChanges.none().withProfile(profile));
    }

    /** Replaces the current state; see {@link #update}. */
    @Transactional
    public Assessment recordCurrentState(AccessToken viewToken, CurrentState currentState) {
        return update(viewToken, AssessmentChanges.none().withCurrentState(currentState));
    }

    /**
     * Deletes the assessment with its answers and current state, at once; re-assessments of it
     * keep their own data but lose their link to it. Afterwards both tokens reach nothing.
     *
     * @throws AssessmentNotFoundException if the token reaches no assessment
     */
    @Transactional
    public void delete(AccessToken deleteToken) {
        UUID id = assessments.idByDeleteToken(deleteToken).orElseThrow(AssessmentNotFoundException::new);
        events.deleting(id);
        if (!assessments.removeByDeleteToken(deleteToken)) {
            throw new AssessmentNotFoundException();
        }
    }

    /**
     * The answers that "Erneut prüfen" starts from: those of the assessment this view token
     * reaches, as far as the default catalogue has the same questions and levels. Nothing is saved.
     *
     * @throws AssessmentNotFoundException if the token reaches no assessment
     */
    @Transactional(readOnly = true)
    public Map<String, String> reassessmentAnswers(AccessToken viewToken) {
        Assessment old = assessments.findByViewToken(viewToken).orElseThrow(AssessmentNotFoundException::new);
        return old.answersKnownTo(catalogs.defaultCatalog());
    }

    /**
     * Saves "Erneut prüfen": a new assessment on the default catalogue with these answers (complete,
     * or a draft when {@code draft} is set), the profile and current state of the assessment this
     * view token reaches (as far as the default catalogue has the same touchpoints), linked to it,
     * with new tokens. Only this call stores anything: opening the pre-filled questionnaire does not.
     *
     * @throws AssessmentNotFoundException if the token reaches no assessment
     * @throws InvalidAnswersException if an answer is unknown, or a question open without {@code draft}
     */
    @Transactional
    public CreatedAssessment reassess(AccessToken viewToken, Map<String, String> answers, boolean draft) {
        Assessment old = assessments.findByViewToken(viewToken).orElseThrow(AssessmentNotFoundException::new);
        return newAssessments.reassessment(old, answers, draft, now());
    }

    /**
     * Every assessment of the history this one belongs to: the ones it re-assesses (back to the
     * first), itself, and every re-assessment of any of them, oldest first. Deleting an assessment
     * cuts the history there.
     */
    @Transactional(readOnly = true)
    public List<Assessment> history(Assessment assessment) {
        return history.of(assessment);
    }

    /** The assessment that {@code assessment} re-assesses, if it has one that still exists. */
    @Transactional(readOnly = true)
    public Optional<Assessment> previousOf(Assessment assessment) {
        return history.previousOf(assessment);
    }

    /**
     * The comparison of the assessment this view token reaches with the one it re-assesses;
     * empty if there is no such assessment, it is no re-assessment, the earlier one was deleted,
     * or either is still a draft.
     */
    @Transactional(readOnly = true)
    public Optional<AssessmentComparison> compareWithPrevious(AccessToken viewToken) {
        return assessments.findByViewToken(viewToken).flatMap(history::comparison);
    }

    /**
     * Creates and stores an assessment with new tokens, in the caller's transaction; it counts for
     * anonymous benchmarks (advisors' assessments always do).
     *
     * @param reassessedFrom the assessment it re-assesses, null for none; its current state carries
     *     over when the input has none
     */
    CreatedAssessment create(AssessmentInput input, AssessmentStatus status, Assessment reassessedFrom) {
        return newAssessments.store(input, status, reassessedFrom, true, now());
    }

    /** Now, to the microsecond, the finest precision both databases keep. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
