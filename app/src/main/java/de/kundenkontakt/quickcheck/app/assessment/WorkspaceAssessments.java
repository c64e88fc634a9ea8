package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments made for a company in a consultant's workspace, reached by their internal id and
 * the id of that company (which the companies feature owns and checks) instead of a private link.
 * They are ordinary assessments: they also get a view and a delete token, which the company may
 * use. Each operation is one transaction, or joins the caller's.
 */
@Service
public class WorkspaceAssessments {

    private final AssessmentService service;
    private final Assessments assessments;
    private final CompanyAssessmentRows rows;
    private final Catalogs catalogs;

    WorkspaceAssessments(
            AssessmentService service, Assessments assessments, CompanyAssessmentRows rows, Catalogs catalogs) {
        this.service = service;
        this.assessments = assessments;
        this.rows = rows;
        this.catalogs = catalogs;
    }

    /**
     * Saves a new assessment for a company.
     *
     * @param companyId the company, not null
     * @param input not null; its profile should be the company's
     * @param draft whether questions may stay open
     * @param reassessedFrom the assessment this one re-assesses, null if none; when the input has no
     *     current state, the new one takes over that one's, as far as its catalogue has the touchpoints
     * @throws InvalidAnswersException if an answer is unknown, or a question open without {@code draft}
     * @throws InvalidAssessmentException if the catalogue is unknown or the current state names a
     *     touchpoint the catalogue lacks
     */
    @Transactional
    public CreatedAssessment create(UUID companyId, AssessmentInput input, boolean draft, Assessment reassessedFrom) {
        CreatedAssessment created =
                service.create(input, draft ? AssessmentStatus.DRAFT : AssessmentStatus.COMPLETE, reassessedFrom);
        rows.assignCompany(created.assessment().id(), companyId);
        return created;
    }

    /** The company's assessments, newest first; never null. */
    @Transactional(readOnly = true)
    public List<Assessment> ofCompany(UUID companyId) {
        return rows.idsOfCompany(companyId).stream()
                .map(assessments::findById)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The ids of the company's assessments, newest first; never null. */
    @Transactional(readOnly = true)
    public List<UUID> idsOfCompany(UUID companyId) {
        return rows.idsOfCompany(companyId);
    }

    /** The assessment with this id if it was made for this company. */
    @Transactional(readOnly = true)
    public Optional<Assessment> find(UUID companyId, UUID assessmentId) {
        return inCompany(companyId, assessmentId, false);
    }

    /** The assessment with this id if it was made for this company, optionally locking its row. */
    private Optional<Assessment> inCompany(UUID companyId, UUID assessmentId, boolean forUpdate) {
        return rows.companyOf(assessmentId, forUpdate)
                .filter(companyId::equals)
                .flatMap(company -> assessments.findById(assessmentId));
    }

    /** The assessment with this id, whoever it was made for. */
    @Transactional(readOnly = true)
    public Optional<Assessment> find(UUID assessmentId) {
        return assessments.findById(assessmentId);
    }

    /** The company the assessment with this id was made for; empty if none. */
    @Transactional(readOnly = true)
    public Optional<UUID> companyOf(UUID assessmentId) {
        return rows.companyOf(assessmentId, false);
    }

    /**
     * Saves new answers to an assessment of the company, completing it when {@code complete} is
     * set (then every question must be answered); a complete assessment stays complete.
     *
     * @throws AssessmentNotFoundException if the company has no such assessment
     * @throws InvalidAnswersException if an answer is unknown or a question open where it must not be
     */
    @Transactional
    public Assessment saveAnswers(UUID companyId, UUID assessmentId, Map<String, String> answers, boolean complete) {
        Assessment current = inCompany(companyId, assessmentId, true)
                .orElseThrow(AssessmentNotFoundException::new);
        AssessmentChanges changes = AssessmentChanges.none().withAnswers(answers);
        return service.apply(current, complete ? changes.completing() : changes);
    }

    /**
     * Gives an assessment of the company new private links (view and delete token), for handing
     * them to the company: only the returned tokens reach it afterwards.
     *
     * @throws AssessmentNotFoundException if the company has no such assessment
     */
    @Transactional
    public CreatedAssessment renewTokens(UUID companyId, UUID assessmentId) {
        Assessment assessment = inCompany(companyId, assessmentId, true)
                .orElseThrow(AssessmentNotFoundException::new);
        AccessToken viewToken = AccessToken.generate();
        AccessToken deleteToken = AccessToken.generate();
        rows.replaceTokens(assessmentId, viewToken, deleteToken);
        return new CreatedAssessment(assessment, viewToken, deleteToken);
    }

    /**
     * The answers "Erneut prüfen" starts from: those of this assessment, as far as the default
     * catalogue has the same questions and levels. Nothing is saved.
     */
    public Map<String, String> reassessmentAnswers(Assessment earlier) {
        return earlier.answersKnownTo(catalogs.defaultCatalog());
    }
}
