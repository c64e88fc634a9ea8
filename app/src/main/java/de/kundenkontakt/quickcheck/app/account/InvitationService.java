package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.audit.Actor;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by one-time link: an administrator invites an address, the invited person sets
 * their own password on the link, which then stops working; it also stops after {@link
 * AccountProperties#invitationValidity()}. Only the SHA-256 hash of the link's token is stored.
 */
@Service
public class InvitationService {

    private final Invitations invitations;
    private final Accounts accounts;
    private final AccountService accountService;
    private final AuditLog auditLog;
    private final AccountProperties properties;

    InvitationService(
            Invitations invitations, Accounts accounts, AccountService accountService, AuditLog auditLog, AccountProperties properties) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.accountService = accountService;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    /**
     * Invites an address to become a consultant; earlier open invitations for it stop working.
     *
     * @param by the administrator, not null
     * @throws AccountProblemException (field "email") for an unacceptable address or one that
     *     already has an account
     */
    @Transactional
    public CreatedInvitation invite(String email, Actor by) {
        String address = AccountService.acceptableEmail(email);
        if (accounts.exists(address)) {
            throw new AccountProblemException("email", "account.email.taken");
        }
        Instant now = Accounts.now();
        invitations.withdrawOpen(address, now);
        Invitation invitation = new Invitation(UUID.randomUUID(), address, Role.CONSULTANT, now.plus(properties.invitationValidity()));
        AccessToken token = AccessToken.generate();
        invitations.add(invitation, token, by.id(), now);
        auditLog.record(AuditAction.INVITATION_CREATED, by, address);
        return new CreatedInvitation(invitation, token);
    }

    /** The open invitation of this link's token, empty if it is unknown, used or expired. */
    @Transactional(readOnly = true)
    public Optional<Invitation> findOpen(AccessToken token) {
        return invitations.findOpen(token, Accounts.now(), false);
    }

    /**
     * Creates the invited account with the password chosen; the link stops working.
     *
     * @throws AccountNotFoundException if the invitation is unknown, used or expired
     * @throws AccountProblemException (field "password") if the password breaks the rules
     */
    @Transactional
    public Account accept(AccessToken token, String password) {
        Invitation invitation = invitations.findOpen(token, Accounts.now(), true).orElseThrow(AccountNotFoundException::new);
        Account account = accountService.create(invitation.email(), invitation.role(), password, null);
        if (!invitations.markAccepted(invitation.id(), account.id(), Accounts.now())) {
            throw new AccountNotFoundException();
        }
        auditLog.record(AuditAction.INVITATION_ACCEPTED, account.actor(), invitation.email());
        return account;
    }
}
