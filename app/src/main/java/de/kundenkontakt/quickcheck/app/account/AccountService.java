package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.audit.Actor;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts, changes passwords and deactivates accounts; every change is written to the
 * {@link AuditLog} in the same transaction. Passwords are checked against the {@link
 * PasswordPolicy} and stored only as hashes of the {@link PasswordEncoder}.
 */
@Service
public class AccountService {

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;

    AccountService(
            Accounts accounts,
            PasswordEncoder passwordEncoder,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            SignInThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.events = events;
        this.throttle = throttle;
    }

    /**
     * Creates an active account.
     *
     * @param email the e-mail address to sign in with, not null
     * @param role not null
     * @param password the password, checked against the {@link PasswordPolicy}
     * @param by who creates it; null on the command line
     * @throws AccountProblemException for an unacceptable address or password, or an address that
     *     already has an account (field "email", key {@code account.email.taken})
     */
    @Transactional
    public Account create(String email, Role role, String password, Actor by) {
        String address = acceptableEmail(email);
        requireAcceptablePassword(password, address);
        if (accounts.exists(address)) {
            throw new AccountProblemException("email", "account.email.taken");
        }
        Account account = new Account(UUID.randomUUID(), address, role, true, Accounts.now(), Optional.empty());
        try {
            accounts.add(account, passwordEncoder.encode(password));
        } catch (DuplicateKeyException raced) {
            throw new AccountProblemException("email", "account.email.taken");
        }
        auditLog.record(AuditAction.ACCOUNT_CREATED, by, address + " (" + role.id() + ")");
        return account;
    }

    /**
     * Replaces the password of an account after checking its current one.
     *
     * @throws AccountProblemException field "currentPassword" if the current password is wrong,
     *     field "newPassword" if the new one breaks the {@link PasswordPolicy}
     */
    @Transactional
    public void changePassword(UUID accountId, String currentPassword, String newPassword) {
        Account account = accounts.find(accountId).orElseThrow(AccountNotFoundException::new);
        String hash = accounts.passwordHash(accountId).orElseThrow(AccountNotFoundException::new);
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new AccountProblemException("currentPassword", "account.password.current-missing");
        }
        if (!passwordEncoder.matches(currentPassword, hash)) {
            throw new AccountProblemException("currentPassword", "account.password.current-wrong");
        }
        String problem = PasswordPolicy.standard().problem(newPassword, account.email());
        if (problem != null) {
            throw new AccountProblemException("newPassword", problem, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }
        if (newPassword.equals(currentPassword)) {
            throw new AccountProblemException("newPassword", "account.password.unchanged");
        }
        accounts.changePasswordHash(accountId, passwordEncoder.encode(newPassword), Accounts.now());
        auditLog.record(AuditAction.PASSWORD_CHANGED, account.actor(), null);
    }

    /**
     * Deactivates an account: it can no longer sign in, and its tokens no longer work. Publishes
     * {@link AccountDeactivated} in the same transaction.
     *
     * @param by the administrator, not null
     * @throws AccountNotFoundException if there is no such account
     * @throws AccountProblemException (field "account", key {@code account.deactivate.self}) if an
     *     administrator tries to deactivate their own account
     */
    @Transactional
    public void deactivate(UUID accountId, Actor by) {
        deactivate(accountId, by, null);
    }

    /**
     * Deactivates an account and names who takes over what it looked after (carried by {@link
     * AccountDeactivated}; the listeners check it).
     *
     * @param successorId the account that takes over, null for none
     * @see #deactivate(UUID, Actor)
     */
    @Transactional
    public void deactivate(UUID accountId, Actor by, UUID successorId) {
        Account account = accounts.find(accountId).orElseThrow(AccountNotFoundException::new);
        if (account.id().equals(by.id())) {
            throw new AccountProblemException("account", "account.deactivate.self");
        }
        if (accounts.deactivate(accountId, Accounts.now())) {
            events.publishEvent(new AccountDeactivated(account, by, successorId));
            auditLog.record(AuditAction.ACCOUNT_DEACTIVATED, by, account.email());
        }
    }

    /**
     * Counts a failed sign-in for {@link SignInThrottle} and logs it, with the account if the
     * address typed has one. What was typed is not stored.
     */
    @Transactional
    public void recordSignInFailure(String email, String clientAddress) {
        throttle.recordFailure(email, clientAddress);
        Actor actor = accounts.findByEmail(EmailAddress.normalize(email)).map(Account::actor).orElse(null);
        auditLog.record(AuditAction.SIGN_IN_FAILED, actor, null);
    }

    /** Remembers a successful sign-in and logs it. */
    @Transactional
    public void recordSignIn(SignedInAccount account) {
        accounts.recordSignIn(account.id(), Accounts.now());
        auditLog.record(AuditAction.SIGN_IN, account.actor(), null);
    }

    /** The account with this id, if any. */
    @Transactional(readOnly = true)
    public Optional<Account> find(UUID id) {
        return accounts.find(id);
    }

    /** The account with this e-mail address (in any case), if any. */
    @Transactional(readOnly = true)
    public Optional<Account> findByEmail(String email) {
        return accounts.findByEmail(EmailAddress.normalize(email));
    }

    /** Every account, active ones first, then by e-mail address; never null. */
    @Transactional(readOnly = true)
    public List<Account> all() {
        return accounts.all();
    }

    static String acceptableEmail(String email) {
        String problem = EmailAddress.problem(email);
        if (problem != null) {
            throw new AccountProblemException("email", problem, EmailAddress.MAX_LENGTH);
        }
        return EmailAddress.normalize(email);
    }

    static void requireAcceptablePassword(String password, String email) {
        String problem = PasswordPolicy.standard().problem(password, email);
        if (problem != null) {
            throw new AccountProblemException("password", problem, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }
    }
}
