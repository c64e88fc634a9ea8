package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates assessments: pins the catalogue, checks the answers against it, gives the new assessment
 * its two tokens, stores it and publishes its creation, all in the caller's transaction. Thread-safe.
 */
final class NewAssessments {

    private final Assessments assessments;
    private final Catalogs catalogs;
    private final AssessmentEvents events;

    NewAssessments(Assessments assessments, Catalogs catalogs, AssessmentEvents events) {
        this.assessments = assessments;
        this.catalogs = catalogs;
        this.events = events;
    }

    /**
     * Stores a new assessment made at {@code now} from this input. A re-assessment whose input has
     * no current state takes over the one of the assessment it re-assesses, as far as its catalogue
     * has the touchpoints.
     *
     * @param reassessedFrom the assessment it re-assesses, null for none
     * @throws InvalidAnswersException if an answer is unknown, or a question open for a complete one
     * @throws InvalidAssessmentException if the catalogue is unknown
     */
    CreatedAssessment store(AssessmentInput input, AssessmentStatus status, Assessment reassessedFrom,
            boolean benchmarkConsent, Instant now) {
        Catalog catalog = catalog(input.catalogId());
        Answers answers = status == AssessmentStatus.COMPLETE
                ? Answers.complete(catalog, input.answers())
                : Answers.draft(catalog, input.answers());
        CurrentState currentState = reassessedFrom != null && input.currentState().isEmpty()
                ? reassessedFrom.currentState().restrictedTo(catalog)
                : input.currentState();
        Assessment assessment = new Assessment(
                UUID.randomUUID(), status, answers, input.profile(), currentState, now, now,
                reassessedFrom == null ? null : reassessedFrom.id(), benchmarkConsent);
        AccessToken viewToken = AccessToken.generate();
        AccessToken deleteToken = AccessToken.generate();
        assessments.add(assessment, viewToken, deleteToken);
        events.created(assessment);
        return new CreatedAssessment(assessment, viewToken, deleteToken);
    }

    /**
     * Stores a re-assessment of {@code old} made at {@code now}: on the default catalogue, with these
     * answers, the old one's profile, consent and current state (as far as the catalogue has its
     * touchpoints), linked to it.
     *
     * @param draft whether questions may be open
     */
    CreatedAssessment reassessment(Assessment old, Map<String, String> answers, boolean draft, Instant now) {
        AssessmentInput input = new AssessmentInput(
                catalogs.defaultCatalog().id(), answers, old.profile(), CurrentState.EMPTY);
        return store(input, draft ? AssessmentStatus.DRAFT : AssessmentStatus.COMPLETE, old,
                old.benchmarkConsent(), now);
    }

    /** The catalogue with this id, the default one for null. */
    private Catalog catalog(String catalogId) {
        return catalogId == null
                ? catalogs.defaultCatalog()
                : catalogs.find(catalogId)
                        .orElseThrow(() -> new InvalidAssessmentException(List.of(new AssessmentProblem(
                                AssessmentProblem.CATALOG, null, AssessmentProblem.Kind.UNKNOWN_VALUE,
                                CompanyProfile.shorten(catalogId)))));
    }
}
