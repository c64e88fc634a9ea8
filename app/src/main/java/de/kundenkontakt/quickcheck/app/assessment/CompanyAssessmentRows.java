package de.kundenkontakt.quickcheck.app.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the store knows about assessments made for a company: the company's id on each (an id the
 * companies feature owns), their tokens renewed, and finding them by company. Every method runs
 * inside the caller's transaction; {@link WorkspaceAssessments} provides it.
 */
@Repository
class CompanyAssessmentRows {

    private final JdbcClient jdbc;

    CompanyAssessmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the company an assessment was made for (an id the companies feature owns). */
    void assignCompany(UUID id, UUID companyId) {
        jdbc.sql("UPDATE assessment SET company_id = :company WHERE id = :id")
                .param("id", id)
                .param("company", companyId)
                .update();
    }

    /** Replaces both tokens of an assessment, so that only the new links reach it. */
    void replaceTokens(UUID id, AccessToken viewToken, AccessToken deleteToken) {
        jdbc.sql("UPDATE assessment SET view_token_hash = :view, delete_token_hash = :delete WHERE id = :id")
                .param("id", id)
                .param("view", viewToken.hash())
                .param("delete", deleteToken.hash())
                .update();
    }

    /**
     * The company an assessment was made for, optionally locking the assessment's row until the
     * transaction ends; empty if none or no such assessment.
     */
    Optional<UUID> companyOf(UUID id, boolean forUpdate) {
        return jdbc.sql("SELECT company_id FROM assessment WHERE id = :id AND company_id IS NOT NULL"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .param("id", id)
                .query(UUID.class)
                .optional();
    }

    /** The ids of the assessments made for this company, newest first. */
    List<UUID> idsOfCompany(UUID companyId) {
        return jdbc.sql("SELECT id FROM assessment WHERE company_id = :company ORDER BY created_at DESC, id")
                .param("company", companyId)
                .query(UUID.class)
                .list();
    }
}
