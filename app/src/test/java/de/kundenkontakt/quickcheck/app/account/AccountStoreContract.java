package de.kundenkontakt.quickcheck.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditEvent;
import de.kundenkontakt.quickcheck.app.audit.AuditFilter;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What accounts, invitations, tokens, the throttle and the audit log store and find, the same on
 * every database the application runs on (H2 and PostgreSQL subclasses).
 */
abstract class AccountStoreContract {

    @Autowired
    AccountService accounts;

    @Autowired
    InvitationService invitations;

    @Autowired
    TokenService tokens;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    AuditLog auditLog;

    @Test
    void storesAndFindsAnAccountWithItsRoleDatesAndPassword() {
        String email = Workspace.newEmail("speicher");
        Account created = accounts.create(email.toUpperCase(), Role.ADMINISTRATOR, Workspace.PASSWORD, null);

        Account found = accounts.findByEmail(email).orElseThrow();
        assertThat(found).isEqualTo(created);
        assertThat(found.email()).isEqualTo(email);
        assertThat(found.lastSignInAt()).isEmpty();
        assertThat(accounts.all()).contains(found);
        assertThatThrownBy(() -> accounts.create(email, Role.CONSULTANT, Workspace.PASSWORD, null))
                .isInstanceOf(AccountProblemException.class)
                .hasMessageContaining("account.email.taken");

        accounts.changePassword(found.id(), Workspace.PASSWORD, "Ein ganz anderes Passwort");
        assertThatThrownBy(() -> accounts.changePassword(found.id(), Workspace.PASSWORD, "Noch ein anderes Passwort"))
                .hasMessageContaining("account.password.current-wrong");
    }

    @Test
    void anInvitationIsFoundOnceAndAcceptedOnce() {
        Account admin = accounts.create(Workspace.newEmail("einlader"), Role.ADMINISTRATOR, Workspace.PASSWORD, null);
        String email = Workspace.newEmail("gast");
        CreatedInvitation created = invitations.invite(email, admin.actor());

        assertThat(invitations.findOpen(created.token())).contains(created.invitation());
        Account account = invitations.accept(created.token(), Workspace.PASSWORD);

        assertThat(account.email()).isEqualTo(email);
        assertThat(account.role()).isEqualTo(Role.CONSULTANT);
        assertThat(invitations.findOpen(created.token())).isEmpty();
        assertThatThrownBy(() -> invitations.accept(created.token(), Workspace.PASSWORD)).isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void tokensAuthenticateUntilRevokedAndAreListedNewestFirst() {
        Account account = accounts.create(Workspace.newEmail("schluessel"), Role.CONSULTANT, Workspace.PASSWORD, null);
        CreatedToken first = tokens.create(account.id(), "Erster");
        CreatedToken second = tokens.create(account.id(), "Zweiter");

        assertThat(tokens.authenticate(first.secret())).contains(account);
        assertThat(tokens.tokensOf(account.id())).extracting(PersonalAccessToken::name).containsExactlyInAnyOrder("Erster", "Zweiter");
        assertThat(tokens.tokensOf(account.id()).stream().filter(t -> t.name().equals("Erster")).findFirst().orElseThrow().lastUsedAt())
                .isPresent();

        tokens.revoke(account.id(), first.token().id(), account.actor());

        assertThat(tokens.authenticate(first.secret())).isEmpty();
        assertThat(tokens.authenticate(second.secret())).contains(account);
    }

    @Test
    void theThrottleCountsFailuresPerAddressTypedAndPerClient() {
        String email = Workspace.newEmail("gesperrt");
        String client = Workspace.newAddress();
        for (int i = 0; i < 9; i++) {
            accounts.recordSignInFailure(email, Workspace.newAddress());
        }
        assertThat(throttle.retryAfter(email, client)).isEmpty();

        accounts.recordSignInFailure(email.toUpperCase(), client);

        Duration wait = throttle.retryAfter(" " + email + " ", Workspace.newAddress()).orElseThrow();
        assertThat(wait).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        assertThat(throttle.retryAfter(Workspace.newEmail("anders"), client)).isEmpty();
    }

    @Test
    void theAuditLogFiltersByActionPersonAndPeriod() {
        Account actor = accounts.create(Workspace.newEmail("akteur"), Role.ADMINISTRATOR, Workspace.PASSWORD, null);
        String subject = Workspace.newEmail("ziel_%");
        Instant before = Instant.now().minusSeconds(1);
        auditLog.record(AuditAction.TOKEN_CREATED, actor.actor(), subject);

        List<AuditEvent> found = auditLog.find(new AuditFilter(AuditAction.TOKEN_CREATED, subject.toUpperCase(), before, null, null));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).actor()).contains(actor.actor());
        assertThat(found.get(0).subject()).isEqualTo(subject);
        assertThat(auditLog.find(new AuditFilter(AuditAction.SIGN_IN, subject, null, null, null))).isEmpty();
        assertThat(auditLog.find(new AuditFilter(null, subject, null, before, null))).isEmpty();
        assertThat(auditLog.find(new AuditFilter(null, "ziel_x", null, null, null)))
                .noneMatch(e -> subject.equals(e.subject()));
    }
}
