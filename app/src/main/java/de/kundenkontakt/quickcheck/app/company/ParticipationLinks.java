package de.kundenkontakt.quickcheck.app.company;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored participation links, found by the hash of their token. Runs in the caller's transaction. */
@Repository
class ParticipationLinks {

    /** A stored link. */
    record Link(UUID id, UUID companyId, Instant expiresAt, UUID draftId, Instant completedAt) {}

    private final JdbcClient jdbc;

    ParticipationLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID id, UUID companyId, String tokenHash, UUID createdBy, Instant createdAt, Instant expiresAt) {
        jdbc.sql("INSERT INTO company_invitation (id, company_id, token_hash, created_by, created_at, expires_at)"
                        + " VALUES (:id, :company, :hash, :by, :created, :expires)")
                .param("id", id)
                .param("company", companyId)
                .param("hash", tokenHash)
                .param("by", createdBy)
                .param("created", Companies.timestamp(createdAt))
                .param("expires", Companies.timestamp(expiresAt))
                .update();
    }

    /** The link with this token hash, locking its row until the transaction ends. */
    Optional<Link> findForUpdate(String tokenHash) {
        return jdbc.sql("SELECT id, company_id, expires_at, assessment_id, completed_at FROM company_invitation"
                        + " WHERE token_hash = :hash FOR UPDATE")
                .param("hash", tokenHash)
                .query((rs, n) -> new Link(
                        rs.getObject("id", UUID.class),
                        rs.getObject("company_id", UUID.class),
                        Companies.instant(rs, "expires_at"),
                        rs.getObject("assessment_id", UUID.class),
                        Companies.instant(rs, "completed_at")))
                .optional();
    }

    void attachDraft(UUID id, UUID assessmentId) {
        jdbc.sql("UPDATE company_invitation SET assessment_id = :assessment WHERE id = :id")
                .param("id", id)
                .param("assessment", assessmentId)
                .update();
    }

    void complete(UUID id, UUID assessmentId, Instant now) {
        jdbc.sql("UPDATE company_invitation SET assessment_id = :assessment, completed_at = :now WHERE id = :id")
                .param("id", id)
                .param("assessment", assessmentId)
                .param("now", Companies.timestamp(now))
                .update();
    }

    /** How many links of the company still work. */
    int openCount(UUID companyId, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM company_invitation WHERE company_id = :company AND completed_at IS NULL"
                        + " AND expires_at > :now")
                .param("company", companyId)
                .param("now", Companies.timestamp(now))
                .query(Integer.class)
                .single();
    }
}
