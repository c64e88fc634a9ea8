package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored invitations, found by the hash of their link's token. Runs inside the caller's transaction. */
@Repository
class Invitations {

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Invitation invitation, AccessToken token, UUID invitedBy, Instant createdAt) {
        jdbc.sql("INSERT INTO account_invitation (id, token_hash, email, role, invited_by, created_at, expires_at)"
                        + " VALUES (:id, :hash, :email, :role, :by, :created, :expires)")
                .param("id", invitation.id())
                .param("hash", token.hash())
                .param("email", invitation.email())
                .param("role", invitation.role().id())
                .param("by", invitedBy)
                .param("created", Accounts.timestamp(createdAt))
                .param("expires", Accounts.timestamp(invitation.expiresAt()))
                .update();
    }

    /** Makes the open invitations for this address unusable (a newer one replaces them). */
    void withdrawOpen(String email, Instant at) {
        jdbc.sql("UPDATE account_invitation SET expires_at = :at WHERE email = :email AND accepted_at IS NULL AND expires_at > :at")
                .param("email", email)
                .param("at", Accounts.timestamp(at))
                .update();
    }

    /**
     * The invitation of this token if it is neither used nor expired at {@code now}; with {@code
     * lock}, its row stays locked until the transaction ends.
     */
    Optional<Invitation> findOpen(AccessToken token, Instant now, boolean lock) {
        return jdbc.sql("SELECT id, email, role, expires_at FROM account_invitation"
                        + " WHERE token_hash = :hash AND accepted_at IS NULL AND expires_at > :now"
                        + (lock ? " FOR UPDATE" : ""))
                .param("hash", token.hash())
                .param("now", Accounts.timestamp(now))
                .query((rs, n) -> new Invitation(
                        rs.getObject("id", UUID.class),
                        rs.getString("email"),
                        Role.byId(rs.getString("role")).orElseThrow(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** @return whether the invitation was still open and is now used */
    boolean markAccepted(UUID invitationId, UUID accountId, Instant at) {
        return jdbc.sql("UPDATE account_invitation SET accepted_at = :at, account_id = :account"
                        + " WHERE id = :id AND accepted_at IS NULL")
                        .param("id", invitationId)
                        .param("account", accountId)
                        .param("at", Accounts.timestamp(at))
                        .update()
                == 1;
    }
}
