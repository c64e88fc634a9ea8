package de.kundenkontakt.quickcheck.app.company;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.WorkspaceAssessments;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments of a company: run on the consultant's device (or through the API), continued
 * as drafts, re-assessed, and read back as the company's history. Every assessment of a company
 * copies the company's profile, and re-assesses the company's latest complete assessment, so that
 * a company's assessments form one re-assessment chain. Whenever one becomes complete it gets new
 * private links for the company ({@link CreatedAssessment}), shown once.
 */
@Service
public class CompanyChecks {

    private final Companies companies;
    private final WorkspaceAssessments assessments;

    CompanyChecks(Companies companies, WorkspaceAssessments assessments) {
        this.companies = companies;
        this.assessments = assessments;
    }

    /**
     * Saves a new assessment for the company with its profile; complete unless {@code draft}.
     *
     * @param catalogId the catalogue, null for the default one
     * @throws CompanyNotFoundException if {@code me} may not see the company
     * @throws InvalidAnswersException if an answer is unknown, or a question open without {@code draft}
     */
    @Transactional
    public CreatedAssessment start(SignedInAccount me, UUID companyId, String catalogId, Map<String, String> answers,
            boolean draft) {
        Company company = CompanyService.visible(me, companies.find(companyId, true));
        return start(company, new AssessmentInput(catalogId, answers, company.profile(), CurrentState.EMPTY), draft);
    }

    /**
     * Saves a new assessment for the company from what the API sent; the company's profile
     * replaces any profile in the request.
     *
     * @see #start(SignedInAccount, UUID, String, Map, boolean)
     */
    @Transactional
    public CreatedAssessment start(SignedInAccount me, UUID companyId, AssessmentInput input, boolean draft) {
        Company company = CompanyService.visible(me, companies.find(companyId, true));
        return start(company, new AssessmentInput(input.catalogId(), input.answers(), company.profile(),
                input.currentState()), draft);
    }

    /**
     * Starts an assessment for a company, linked to its latest complete one (whose state of use
     * carries over when the input has none); in the caller's transaction.
     */
    CreatedAssessment start(Company company, AssessmentInput input, boolean draft) {
        return assessments.create(company.id(), input, draft, latestComplete(company.id()).orElse(null));
    }

    /**
     * Saves answers to a draft of the company; when {@code complete}, completes it and gives it
     * new private links (returned), else returns empty.
     *
     * @throws CompanyNotFoundException if {@code me} may not see the company
     * @throws AssessmentNotFoundException if the company has no such assessment
     * @throws InvalidAnswersException if an answer is unknown or a question open when completing
     */
    @Transactional
    public Optional<CreatedAssessment> continueDraft(
            SignedInAccount me, UUID companyId, UUID assessmentId, Map<String, String> answers, boolean complete) {
        Company company = CompanyService.visible(me, companies.find(companyId, false));
        Assessment saved = assessments.saveAnswers(company.id(), assessmentId, answers, complete);
        return saved.isComplete() && complete
                ? Optional.of(assessments.renewTokens(company.id(), assessmentId))
                : Optional.empty();
    }

    /**
     * New private links for an assessment of the company, to hand to the company again; the old
     * links stop working.
     *
     * @throws CompanyNotFoundException if {@code me} may not see the company
     * @throws AssessmentNotFoundException if the company has no such assessment
     */
    @Transactional
    public CreatedAssessment renewLinks(SignedInAccount me, UUID companyId, UUID assessmentId) {
        CompanyService.visible(me, companies.find(companyId, false));
        return assessments.renewTokens(companyId, assessmentId);
    }

    /** The company's assessments, newest first. @throws CompanyNotFoundException if not visible */
    @Transactional(readOnly = true)
    public List<Assessment> history(SignedInAccount me, UUID companyId) {
        CompanyService.visible(me, companies.find(companyId, false));
        return assessments.ofCompany(companyId);
    }

    /**
     * One assessment of the company.
     *
     * @throws CompanyNotFoundException if {@code me} may not see the company
     * @throws AssessmentNotFoundException if the company has no such assessment
     */
    @Transactional(readOnly = true)
    public Assessment assessment(SignedInAccount me, UUID companyId, UUID assessmentId) {
        CompanyService.visible(me, companies.find(companyId, false));
        return assessments.find(companyId, assessmentId).orElseThrow(AssessmentNotFoundException::new);
    }

    /**
     * The answers "Erneut prüfen" starts from: the company's latest complete assessment's, as far as
     * the default catalogue has them; empty when it has none.
     *
     * @throws CompanyNotFoundException if {@code me} may not see the company
     */
    @Transactional(readOnly = true)
    public Map<String, String> reassessmentAnswers(SignedInAccount me, UUID companyId) {
        CompanyService.visible(me, companies.find(companyId, false));
        return latestComplete(companyId).map(assessments::reassessmentAnswers).orElseGet(LinkedHashMap::new);
    }

    /** The latest complete assessment of each of these companies that {@code me} may see, in their order. */
    @Transactional(readOnly = true)
    public List<Latest> latest(SignedInAccount me, List<UUID> companyIds) {
        return companyIds.stream()
                .distinct()
                .map(id -> CompanyService.visible(me, companies.find(id, false)))
                .map(company -> new Latest(company, latestComplete(company.id()).orElse(null)))
                .toList();
    }

    /**
     * A company with its latest complete assessment.
     *
     * @param company never null
     * @param assessment null when the company has no complete assessment
     */
    public record Latest(Company company, Assessment assessment) {}

    Optional<Assessment> latestComplete(UUID companyId) {
        return assessments.ofCompany(companyId).stream().filter(Assessment::isComplete).findFirst();
    }
}
