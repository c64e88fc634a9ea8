package de.kundenkontakt.quickcheck.app.company;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.WorkspaceAssessments;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participation links: a consultant creates one for a company; the company answers the
 * questionnaire on it without an account, may save a draft and come back on the same link, and
 * once it completes, the assessment lands in the company's history and the link stops working.
 * Links expire after {@link CompanyProperties#linkValidity()}. Only the hash of a link's token is
 * stored.
 */
@Service
public class ParticipationService {

    private final Companies companies;
    private final ParticipationLinks links;
    private final CompanyChecks checks;
    private final WorkspaceAssessments assessments;
    private final AuditLog auditLog;
    private final CompanyProperties properties;

    ParticipationService(
            Companies companies,
            ParticipationLinks links,
            CompanyChecks checks,
            WorkspaceAssessments assessments,
            AuditLog auditLog,
            CompanyProperties properties) {
        this.companies = companies;
        this.links = links;
        this.checks = checks;
        this.assessments = assessments;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    /**
     * A new participation link for the company; logged.
     *
     * @throws CompanyNotFoundException if {@code me} may not see the company
     */
    @Transactional
    public CompanyLink create(SignedInAccount me, UUID companyId) {
        Company company = CompanyService.visible(me, companies.find(companyId, false));
        AccessToken token = AccessToken.generate();
        Instant now = Companies.now();
        Instant expiresAt = now.plus(properties.linkValidity());
        links.add(UUID.randomUUID(), company.id(), token.hash(), me.id(), now, expiresAt);
        auditLog.record(AuditAction.COMPANY_LINK_CREATED, me.actor(), company.name());
        return new CompanyLink(company, token, expiresAt);
    }

    /**
     * What the link written as {@code token} opens; empty if it never existed (or the text cannot
     * be a token).
     *
     * @throws ParticipationClosedException if it expired or was completed
     */
    @Transactional
    public Optional<Participation> open(String token) {
        return AccessToken.parse(token).flatMap(t -> links.findForUpdate(t.hash())).map(this::participation);
    }

    /**
     * Saves the answers so far on the link, none required.
     *
     * @throws ParticipationNotFoundException if the link never existed
     * @throws ParticipationClosedException if it expired or was completed
     * @throws InvalidAnswersException if an answer is unknown
     */
    @Transactional
    public Participation saveDraft(String token, String catalogId, Map<String, String> answers) {
        ParticipationLinks.Link link = openLink(token);
        Participation participation = participation(link);
        if (link.draftId() == null) {
            CreatedAssessment draft = checks.start(participation.company(), input(participation, catalogId, answers), true);
            links.attachDraft(link.id(), draft.assessment().id());
        } else {
            assessments.saveAnswers(link.companyId(), link.draftId(), answers, false);
        }
        return participation(links.findForUpdate(AccessToken.parse(token).orElseThrow().hash()).orElseThrow());
    }

    /**
     * Completes the assessment on the link: every question must be answered. The link stops
     * working; the returned tokens are the company's private links to its result.
     *
     * @throws ParticipationNotFoundException if the link never existed
     * @throws ParticipationClosedException if it expired or was completed
     * @throws InvalidAnswersException if an answer is unknown or a question open
     */
    @Transactional
    public CreatedAssessment complete(String token, String catalogId, Map<String, String> answers) {
        ParticipationLinks.Link link = openLink(token);
        Participation participation = participation(link);
        CreatedAssessment created;
        if (link.draftId() == null) {
            created = checks.start(participation.company(), input(participation, catalogId, answers), false);
        } else {
            assessments.saveAnswers(link.companyId(), link.draftId(), answers, true);
            created = assessments.renewTokens(link.companyId(), link.draftId());
        }
        links.complete(link.id(), created.assessment().id(), Companies.now());
        return created;
    }

    private ParticipationLinks.Link openLink(String token) {
        return AccessToken.parse(token)
                .flatMap(t -> links.findForUpdate(t.hash()))
                .orElseThrow(ParticipationNotFoundException::new);
    }

    private Participation participation(ParticipationLinks.Link link) {
        if (link.completedAt() != null) {
            throw new ParticipationClosedException(true);
        }
        if (!link.expiresAt().isAfter(Instant.now())) {
            throw new ParticipationClosedException(false);
        }
        Company company = companies.find(link.companyId(), false).orElseThrow(ParticipationNotFoundException::new);
        Optional<Assessment> draft = link.draftId() == null
                ? Optional.empty()
                : assessments.find(link.companyId(), link.draftId());
        return new Participation(
                link.id(),
                company,
                draft.map(d -> d.catalog().id()).orElse(null),
                draft.map(d -> d.answers().asIds()).orElse(Map.of()),
                link.expiresAt(),
                draft.map(Assessment::id).orElse(null));
    }

    private static AssessmentInput input(Participation participation, String catalogId, Map<String, String> answers) {
        return new AssessmentInput(catalogId, answers, participation.company().profile(), CurrentState.EMPTY);
    }
}
