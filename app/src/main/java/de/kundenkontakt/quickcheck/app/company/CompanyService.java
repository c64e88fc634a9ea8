package de.kundenkontakt.quickcheck.app.company;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.AccountDeactivated;
import de.kundenkontakt.quickcheck.app.account.AccountProblemException;
import de.kundenkontakt.quickcheck.app.account.AccountService;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.WorkspaceAssessments;
import de.kundenkontakt.quickcheck.app.audit.Actor;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists, changes, deletes and reassigns client companies. A consultant sees only the
 * companies they look after, an administrator sees all; any other company is "not found"
 * ({@link CompanyNotFoundException}), never "forbidden". Deletions and reassignments are written to
 * the audit log and published ({@link CompanyDeleted}, {@link CompanyReassigned}) in the same
 * transaction.
 */
@Service
public class CompanyService {

    private final Companies companies;
    private final WorkspaceAssessments assessments;
    private final ParticipationLinks links;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    CompanyService(
            Companies companies,
            WorkspaceAssessments assessments,
            ParticipationLinks links,
            AccountService accounts,
            AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.companies = companies;
        this.assessments = assessments;
        this.links = links;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.events = events;
    }

    /**
     * A new company looked after by {@code me}.
     *
     * @param profile not null; its name is required
     * @throws CompanyProblemException (field "name") if the profile has no name
     */
    @Transactional
    public Company create(SignedInAccount me, CompanyProfile profile) {
        requireName(profile);
        Instant now = Companies.now();
        Company company = new Company(UUID.randomUUID(), me.id(), profile, now, now);
        companies.add(company);
        return company;
    }

    /** The companies {@code me} may see whose name contains {@code search} (null for all), in this order. */
    @Transactional(readOnly = true)
    public List<CompanyListing> list(SignedInAccount me, String search, CompanySort sort) {
        return companies.list(me.isAdministrator() ? null : me.id(), search, sort);
    }

    /**
     * The company with this id, if {@code me} may see it.
     *
     * @throws CompanyNotFoundException if there is none or it is another consultant's
     */
    @Transactional(readOnly = true)
    public Company find(SignedInAccount me, UUID id) {
        return visible(me, companies.find(id, false));
    }

    /**
     * Replaces the company's profile; assessments made before keep the profile they were made with.
     *
     * @throws CompanyNotFoundException if there is none or it is another consultant's
     * @throws CompanyProblemException (field "name") if the profile has no name
     */
    @Transactional
    public Company update(SignedInAccount me, UUID id, CompanyProfile profile) {
        requireName(profile);
        Company current = visible(me, companies.find(id, true));
        Company changed = new Company(current.id(), current.ownerId(), profile, current.createdAt(), Companies.now());
        companies.update(changed);
        return changed;
    }

    /**
     * What deleting the company would take with it, for the confirmation page.
     *
     * @throws CompanyNotFoundException if there is none or it is another consultant's
     */
    @Transactional(readOnly = true)
    public CompanyDeletion previewDeletion(SignedInAccount me, UUID id) {
        Company company = find(me, id);
        return new CompanyDeletion(
                company, assessments.idsOfCompany(id).size(), links.openCount(id, Companies.now()));
    }

    /**
     * Deletes the company with its assessments (their answers, states and private links),
     * invitation links and shares; publishes {@link CompanyDeleted} first and logs the deletion.
     *
     * @throws CompanyNotFoundException if there is none or it is another consultant's
     */
    @Transactional
    public void delete(SignedInAccount me, UUID id) {
        Company company = visible(me, companies.find(id, true));
        events.publishEvent(new CompanyDeleted(company.id(), company.ownerId(), assessments.idsOfCompany(id)));
        companies.remove(id);
        auditLog.record(AuditAction.COMPANY_DELETED, me.actor(), company.name());
    }

    /**
     * Hands a company to another active account; administrators only.
     *
     * @throws CompanyNotFoundException if there is no such company, or {@code me} is no administrator
     * @throws CompanyProblemException (field "owner") if the new owner is no active account
     */
    @Transactional
    public Company reassign(SignedInAccount me, UUID id, UUID newOwnerId) {
        if (!me.isAdministrator()) {
            throw new CompanyNotFoundException();
        }
        Company company = companies.find(id, true).orElseThrow(CompanyNotFoundException::new);
        Account owner = activeAccount(newOwnerId);
        return reassign(company, owner, me.actor());
    }

    /**
     * Hands every company of a deactivated account to the successor the administrator chose, in
     * the deactivation's transaction (an exception undoes the deactivation); without a successor
     * the companies stay with the inactive account until an administrator reassigns them.
     *
     * @throws AccountProblemException (field "successor") if the successor is no other active account
     */
    @EventListener
    void onAccountDeactivated(AccountDeactivated deactivated) {
        if (deactivated.successorId() == null) {
            return;
        }
        Account successor = accounts.find(deactivated.successorId())
                .filter(Account::active)
                .filter(a -> !a.id().equals(deactivated.account().id()))
                .orElseThrow(() -> new AccountProblemException("successor", "account.deactivate.successor.invalid"));
        for (UUID id : companies.idsOwnedBy(deactivated.account().id())) {
            reassign(companies.find(id, true).orElseThrow(), successor, deactivated.by());
        }
    }

    private Company reassign(Company company, Account owner, Actor by) {
        if (company.ownerId().equals(owner.id())) {
            return company;
        }
        Instant now = Companies.now();
        companies.reassign(company.id(), owner.id(), now);
        events.publishEvent(new CompanyReassigned(
                company.id(), company.ownerId(), owner.id(), assessments.idsOfCompany(company.id())));
        auditLog.record(AuditAction.COMPANY_REASSIGNED, by, company.name() + " → " + owner.email());
        return new Company(company.id(), owner.id(), company.profile(), company.createdAt(), now);
    }

    private Account activeAccount(UUID id) {
        return accounts.find(id)
                .filter(Account::active)
                .orElseThrow(() -> new CompanyProblemException("owner", "company.owner.unknown"));
    }

    /** The company if {@code me} may see it. */
    static Company visible(SignedInAccount me, java.util.Optional<Company> company) {
        return company.filter(c -> me.isAdministrator() || c.ownerId().equals(me.id()))
                .orElseThrow(CompanyNotFoundException::new);
    }

    private static void requireName(CompanyProfile profile) {
        if (profile.companyName() == null) {
            throw new CompanyProblemException("companyName", "company.name.missing");
        }
    }
}
