package de.kundenkontakt.quickcheck.app.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.AccountService;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the companies' tables (V6) guarantee on every database: deleting a company takes its
 * assessments with their answers, states, invitations and shares, and nothing else; the same
 * SQL on H2 and PostgreSQL (subclasses choose the database).
 */
abstract class CompanySchemaContract {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService assessments;

    @Test
    void deletingACompanyDeletesItsAssessmentsAndWhatHangsOnThemOnly() {
        Account owner = accounts.create(Workspace.newEmail("schema"), Role.CONSULTANT, Workspace.PASSWORD, null);
        UUID company = insertCompany(owner.id());
        UUID other = insertCompany(owner.id());
        UUID first = insertAssessment(company, null);
        UUID second = insertAssessment(company, first);
        UUID elsewhere = insertAssessment(other, null);
        UUID withoutCompany = insertAssessment(null, second);
        jdbc.sql("INSERT INTO assessment_answer (assessment_id, question_id, level_id) VALUES (:id, 'reichweite', 'wichtig')")
                .param("id", second)
                .update();
        jdbc.sql("INSERT INTO assessment_touchpoint_state (assessment_id, touchpoint_id, usage_state)"
                        + " VALUES (:id, 'website', 'in-use')")
                .param("id", second)
                .update();
        jdbc.sql("INSERT INTO company_invitation (id, company_id, token_hash, created_by, created_at, expires_at,"
                        + " assessment_id) VALUES (:id, :company, :hash, :by, :now, :now, :assessment)")
                .param("id", UUID.randomUUID())
                .param("company", company)
                .param("hash", hash())
                .param("by", owner.id())
                .param("now", NOW)
                .param("assessment", second)
                .update();
        jdbc.sql("INSERT INTO assessment_share (assessment_id, account_id, shared_at) VALUES (:a, :by, :now)")
                .param("a", first)
                .param("by", owner.id())
                .param("now", NOW)
                .update();

        int deleted = jdbc.sql("DELETE FROM company WHERE id = :id").param("id", company).update();

        assertThat(deleted).isEqualTo(1);
        assertThat(count("assessment WHERE id IN (:a, :b)", first, second)).isZero();
        assertThat(count("assessment_answer WHERE assessment_id IN (:a, :b)", first, second)).isZero();
        assertThat(count("assessment_touchpoint_state WHERE assessment_id IN (:a, :b)", first, second)).isZero();
        assertThat(count("company_invitation WHERE assessment_id IN (:a, :b)", first, second)).isZero();
        assertThat(count("assessment_share WHERE assessment_id IN (:a, :b)", first, second)).isZero();
        assertThat(count("assessment WHERE id IN (:a, :b)", elsewhere, withoutCompany)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT reassessed_from FROM assessment WHERE id = :id")
                        .param("id", withoutCompany)
                        .query(UUID.class)
                        .optional())
                .as("a re-assessment outside the company loses its link, not its data")
                .isEmpty();
    }

    @Test
    void anInvitationTokenHashAndAnAdvisorCodeAreUnique() {
        Account owner = accounts.create(Workspace.newEmail("schema"), Role.CONSULTANT, Workspace.PASSWORD, null);
        Account other = accounts.create(Workspace.newEmail("schema"), Role.CONSULTANT, Workspace.PASSWORD, null);
        String code = "T" + hash().substring(0, 9).toUpperCase();
        jdbc.sql("INSERT INTO advisor_code (account_id, code, created_at) VALUES (:id, :code, :now)")
                .param("id", owner.id())
                .param("code", code)
                .param("now", NOW)
                .update();

        assertThatThrownBy(() -> jdbc.sql("INSERT INTO advisor_code (account_id, code, created_at) VALUES (:id, :code, :now)")
                        .param("id", other.id())
                        .param("code", code)
                        .param("now", NOW)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private UUID insertCompany(UUID owner) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO company (id, owner_account_id, name, industry, size_class, region, market, created_at,"
                        + " updated_at) VALUES (:id, :owner, 'Bäckerei Ölmühle', 'C', '10-49', 'DE-SN', 'both', :now, :now)")
                .param("id", id)
                .param("owner", owner)
                .param("now", NOW)
                .update();
        return id;
    }

    private UUID insertAssessment(UUID company, UUID reassessedFrom) {
        UUID id = assessments.startDraft(AssessmentInput.of(Map.of())).assessment().id();
        jdbc.sql("UPDATE assessment SET company_id = :company, reassessed_from = :from WHERE id = :id")
                .param("id", id)
                .param("company", company)
                .param("from", reassessedFrom)
                .update();
        return id;
    }

    private long count(String fromWhere, UUID a, UUID b) {
        return jdbc.sql("SELECT COUNT(*) FROM " + fromWhere).param("a", a).param("b", b).query(Long.class).single();
    }

    private static String hash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }
}
