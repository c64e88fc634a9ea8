package de.kundenkontakt.quickcheck.app.company;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.AccountService;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.WorkspaceAssessments;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing by advisor code: a company that made its own assessment (by private link, without a
 * consultant) enters a consultant's code on its assessment's share page; the consultant then sees
 * that assessment, read-only, until the company withdraws it (or deletes the assessment). It stays
 * the company's decision: the consultant cannot change or keep it. Wrong codes are counted per
 * client address in the database: after {@link CompanyProperties#codeFailures()} within {@link
 * CompanyProperties#codeWindow()} further attempts are refused until the oldest leaves the window.
 */
@Service
public class SharingService {

    private final JdbcClient jdbc;
    private final AssessmentService assessmentService;
    private final WorkspaceAssessments assessments;
    private final AdvisorCodes codes;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final CompanyProperties properties;

    SharingService(
            JdbcClient jdbc,
            AssessmentService assessmentService,
            WorkspaceAssessments assessments,
            AdvisorCodes codes,
            AccountService accounts,
            AuditLog auditLog,
            CompanyProperties properties) {
        this.jdbc = jdbc;
        this.assessmentService = assessmentService;
        this.assessments = assessments;
        this.codes = codes;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    /** Whether the assessment may be shared by code: only one made without a consultant. */
    @Transactional(readOnly = true)
    public boolean shareable(Assessment assessment) {
        return assessments.companyOf(assessment.id()).isEmpty();
    }

    /** The consultants the assessment is shared with, oldest share first; never null. */
    @Transactional(readOnly = true)
    public List<Share> sharesOf(Assessment assessment) {
        return jdbc.sql("SELECT s.assessment_id, s.account_id, a.email, s.shared_at FROM assessment_share s"
                        + " JOIN account a ON a.id = s.account_id WHERE s.assessment_id = :id ORDER BY s.shared_at")
                .param("id", assessment.id())
                .query((rs, n) -> new Share(
                        rs.getObject("assessment_id", UUID.class),
                        rs.getObject("account_id", UUID.class),
                        rs.getString("email"),
                        Companies.instant(rs, "shared_at")))
                .list();
    }

    /**
     * Shares the assessment this view token reaches with the consultant whose code was typed;
     * sharing again with the same consultant changes nothing. Logged.
     *
     * @param clientAddress the client's IP address, for throttling; not null
     * @return the consultant's e-mail address
     * @throws AssessmentNotFoundException if the token reaches no assessment
     * @throws TooManyCodeAttemptsException if this address typed too many wrong codes lately
     * @throws CompanyProblemException (field "code") if no active consultant has this code, or the
     *     assessment was made for a company in a workspace
     */
    @Transactional(noRollbackFor = CompanyProblemException.class)
    public String share(AccessToken viewToken, String typedCode, String clientAddress) {
        Assessment assessment = assessmentService.get(viewToken);
        retryAfter(clientAddress).ifPresent(wait -> {
            throw new TooManyCodeAttemptsException(wait);
        });
        if (!shareable(assessment)) {
            throw new CompanyProblemException("code", "company.share.error.workspace");
        }
        if (AdvisorCodes.normalize(typedCode).isEmpty()) {
            throw new CompanyProblemException("code", "company.share.error.missing");
        }
        Optional<Account> advisor = codes.accountOf(typedCode).flatMap(accounts::find).filter(Account::active);
        if (advisor.isEmpty()) {
            recordFailure(clientAddress);
            throw new CompanyProblemException("code", "company.share.error.unknown");
        }
        Account account = advisor.get();
        boolean already = sharesOf(assessment).stream().anyMatch(s -> s.accountId().equals(account.id()));
        if (!already) {
            jdbc.sql("INSERT INTO assessment_share (assessment_id, account_id, shared_at) VALUES (:a, :account, :now)")
                    .param("a", assessment.id())
                    .param("account", account.id())
                    .param("now", Companies.timestamp(Companies.now()))
                    .update();
            auditLog.record(AuditAction.SHARE_GRANTED, null, account.email());
        }
        return account.email();
    }

    /**
     * Ends the sharing of the assessment this view token reaches with one consultant. Logged.
     *
     * @throws AssessmentNotFoundException if the token reaches no assessment or it is not shared
     *     with that consultant
     */
    @Transactional
    public void withdraw(AccessToken viewToken, UUID accountId) {
        Assessment assessment = assessmentService.get(viewToken);
        Share share = sharesOf(assessment).stream()
                .filter(s -> s.accountId().equals(accountId))
                .findFirst()
                .orElseThrow(AssessmentNotFoundException::new);
        jdbc.sql("DELETE FROM assessment_share WHERE assessment_id = :a AND account_id = :account")
                .param("a", assessment.id())
                .param("account", accountId)
                .update();
        auditLog.record(AuditAction.SHARE_WITHDRAWN, null, share.advisorEmail());
    }

    /** The assessments shared with {@code me}, newest share first, as shares; never null. */
    @Transactional(readOnly = true)
    public List<SharedAssessment> sharedWith(SignedInAccount me) {
        return jdbc.sql("SELECT assessment_id, shared_at FROM assessment_share WHERE account_id = :me"
                        + " ORDER BY shared_at DESC, assessment_id")
                .param("me", me.id())
                .query((rs, n) -> new Object[] {rs.getObject("assessment_id", UUID.class), Companies.instant(rs, "shared_at")})
                .list()
                .stream()
                .flatMap(row -> assessments.find((UUID) row[0])
                        .map(a -> new SharedAssessment(a, (Instant) row[1]))
                        .stream())
                .toList();
    }

    /**
     * One assessment shared with {@code me}.
     *
     * @throws AssessmentNotFoundException if it is not (or no longer) shared with {@code me}
     */
    @Transactional(readOnly = true)
    public SharedAssessment sharedWith(SignedInAccount me, UUID assessmentId) {
        return sharedWith(me).stream()
                .filter(s -> s.assessment().id().equals(assessmentId))
                .findFirst()
                .orElseThrow(AssessmentNotFoundException::new);
    }

    /**
     * An assessment shared with a consultant, read-only.
     *
     * @param assessment never null
     * @param sharedAt never null
     */
    public record SharedAssessment(Assessment assessment, Instant sharedAt) {}

    private Optional<Duration> retryAfter(String clientAddress) {
        Instant now = Instant.now();
        Instant windowStart = now.minus(properties.codeWindow());
        return jdbc.sql("SELECT occurred_at FROM advisor_code_failure WHERE client_address = :address"
                        + " AND occurred_at >= :start ORDER BY occurred_at DESC OFFSET :skip ROWS FETCH NEXT 1 ROWS ONLY")
                .param("address", clientAddress)
                .param("start", Companies.timestamp(windowStart))
                .param("skip", properties.codeFailures() - 1)
                .query((rs, n) -> Companies.instant(rs, "occurred_at"))
                .optional()
                .map(keeping -> Duration.between(now, keeping.plus(properties.codeWindow())))
                .filter(wait -> !wait.isNegative() && !wait.isZero());
    }

    private void recordFailure(String clientAddress) {
        Instant now = Companies.now();
        jdbc.sql("DELETE FROM advisor_code_failure WHERE occurred_at < :before")
                .param("before", Companies.timestamp(now.minus(properties.codeWindow())))
                .update();
        jdbc.sql("INSERT INTO advisor_code_failure (client_address, occurred_at) VALUES (:address, :at)")
                .param("address", clientAddress)
                .param("at", Companies.timestamp(now))
                .update();
    }
}
