package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored assessments, found by the hash of a token, never by the token itself. Every method
 * must run inside the caller's transaction; {@link AssessmentService} provides it.
 */
@Repository
class Assessments {

    private final JdbcClient jdbc;
    private final AssessmentRows rows;

    Assessments(JdbcClient jdbc, Catalogs catalogs, ProfileOptions profileOptions) {
        this.jdbc = jdbc;
        this.rows = new AssessmentRows(catalogs, profileOptions);
    }

    /** Stores a new assessment reached by the two tokens. */
    void add(Assessment assessment, AccessToken viewToken, AccessToken deleteToken) {
        jdbc.sql("INSERT INTO assessment (id, view_token_hash, delete_token_hash, catalog_id, status,"
                        + " company_name, industry, size_class, region, market, reassessed_from, created_at, updated_at,"
                        + " last_opened_at, benchmark_consent)"
                        + " VALUES (:id, :viewHash, :deleteHash, :catalog, :status, :name, :industry, :size,"
                        + " :region, :market, :from, :created, :updated, :updated, :consent)")
                .param("id", assessment.id())
                .param("viewHash", viewToken.hash())
                .param("deleteHash", deleteToken.hash())
                .param("catalog", assessment.catalog().id())
                .param("status", assessment.status().id())
                .params(ProfileColumns.parameters(assessment.profile()))
                .param("from", assessment.reassessedFrom().orElse(null))
                .param("created", timestamp(assessment.createdAt()))
                .param("updated", timestamp(assessment.updatedAt()))
                .param("consent", assessment.benchmarkConsent())
                .update();
        insertDetails(assessment);
    }

    /** The assessment reached by this view token, if any. */
    Optional<Assessment> findByViewToken(AccessToken viewToken) {
        return findOne("a.view_token_hash = :key", viewToken.hash());
    }

    /**
     * The assessment reached by this view token, if any, locking its row until the transaction
     * ends so that concurrent changes from other instances apply one after the other.
     */
    Optional<Assessment> findByViewTokenForUpdate(AccessToken viewToken) {
        return jdbc.sql("SELECT id FROM assessment WHERE view_token_hash = :hash FOR UPDATE")
                .param("hash", viewToken.hash())
                .query(UUID.class)
                .optional()
                .flatMap(this::findById);
    }

    /** The assessment that this delete token removes, if any. */
    Optional<Assessment> findByDeleteToken(AccessToken deleteToken) {
        return findOne("a.delete_token_hash = :key", deleteToken.hash());
    }

    /** The assessment with this internal id, if any. */
    Optional<Assessment> findById(UUID id) {
        return findOne("a.id = :key", id);
    }

    /** The assessments that re-assess the one with this internal id, oldest first; one query. */
    List<Assessment> findReassessmentsOf(UUID id) {
        // Ties in created_at go by id as the databases order UUIDs: unsigned, as the text form does.
        return findAll("a.reassessed_from = :key", id).stream()
                .sorted(Comparator.comparing(Assessment::createdAt).thenComparing(a -> a.id().toString()))
                .toList();
    }

    /** Replaces status, answers, profile and current state of a stored assessment. */
    void update(Assessment assessment) {
        int updated = jdbc.sql("UPDATE assessment SET status = :status, company_name = :name, industry = :industry,"
                        + " size_class = :size, region = :region, market = :market, updated_at = :updated,"
                        + " last_opened_at = :updated, benchmark_consent = :consent WHERE id = :id")
                .param("id", assessment.id())
                .param("status", assessment.status().id())
                .params(ProfileColumns.parameters(assessment.profile()))
                .param("updated", timestamp(assessment.updatedAt()))
                .param("consent", assessment.benchmarkConsent())
                .update();
        if (updated != 1) {
            throw new AssessmentNotFoundException();
        }
        jdbc.sql("DELETE FROM assessment_answer WHERE assessment_id = :id").param("id", assessment.id()).update();
        jdbc.sql("DELETE FROM assessment_touchpoint_state WHERE assessment_id = :id")
                .param("id", assessment.id())
                .update();
        insertDetails(assessment);
    }

    /** The internal id of the assessment this delete token reaches, if any. */
    Optional<UUID> idByDeleteToken(AccessToken deleteToken) {
        return jdbc.sql("SELECT id FROM assessment WHERE delete_token_hash = :hash")
                .param("hash", deleteToken.hash())
                .query(UUID.class)
                .optional();
    }

    /**
     * Removes the assessment this delete token reaches; the database removes its answers and
     * current state with it (ON DELETE CASCADE) and clears links from re-assessments.
     *
     * @return whether there was one
     */
    boolean removeByDeleteToken(AccessToken deleteToken) {
        return jdbc.sql("DELETE FROM assessment WHERE delete_token_hash = :hash")
                        .param("hash", deleteToken.hash())
                        .update()
                == 1;
    }

    /**
     * Notes that the assessment was opened now, for the retention of completed assessments; writes
     * only if the last note is older than {@code notBefore}, so that reading rarely writes.
     */
    void markOpened(UUID id, Instant now, Instant notBefore) {
        jdbc.sql("UPDATE assessment SET last_opened_at = :now WHERE id = :id AND last_opened_at < :notBefore")
                .param("now", timestamp(now))
                .param("id", id)
                .param("notBefore", timestamp(notBefore))
                .update();
    }

    /**
     * Up to {@code limit} ids of drafts last changed before {@code draftsChangedBefore} (none if
     * null) and of completed assessments last opened before {@code completeOpenedBefore} (none if
     * null), for the retention to delete. Assessments made for a company in a workspace are never
     * among them: they go with their company.
     */
    List<UUID> expired(Instant draftsChangedBefore, Instant completeOpenedBefore, int limit) {
        List<UUID> expired = new java.util.ArrayList<>();
        if (draftsChangedBefore != null) {
            expired.addAll(jdbc.sql("SELECT id FROM assessment WHERE status = 'draft' AND updated_at < :before"
                            + " AND company_id IS NULL ORDER BY id LIMIT :limit")
                    .param("before", timestamp(draftsChangedBefore))
                    .param("limit", limit)
                    .query(UUID.class)
                    .list());
        }
        if (completeOpenedBefore != null && expired.size() < limit) {
            expired.addAll(jdbc.sql("SELECT id FROM assessment WHERE status = 'complete' AND last_opened_at < :before"
                            + " AND company_id IS NULL ORDER BY id LIMIT :limit")
                    .param("before", timestamp(completeOpenedBefore))
                    .param("limit", limit - expired.size())
                    .query(UUID.class)
                    .list());
        }
        return expired;
    }

    /**
     * Deletes these assessments (with their answers and current states).
     *
     * @return how many there were
     */
    int removeAll(List<UUID> ids) {
        return ids.isEmpty() ? 0 : jdbc.sql("DELETE FROM assessment WHERE id IN (:ids)").param("ids", ids).update();
    }

    /** Writes the answers and the current state with one statement each, however many rows they have. */
    private void insertDetails(Assessment assessment) {
        insertRows("INSERT INTO assessment_answer (assessment_id, question_id, level_id) VALUES ",
                assessment.id(), assessment.answers().asIds());
        insertRows("INSERT INTO assessment_touchpoint_state (assessment_id, touchpoint_id, usage_state) VALUES ",
                assessment.id(), assessment.currentState().asIds());
    }

    /** One multi-row INSERT: a row (assessment id, key, value) per entry; nothing for no entries. */
    private void insertRows(String insert, UUID id, Map<String, String> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Object> values = entries.entrySet().stream().flatMap(row -> Stream.<Object>of(id, row.getKey(), row.getValue())).toList();
        jdbc.sql(insert + String.join(", ", Collections.nCopies(entries.size(), "(?, ?, ?)"))).params(values).update();
    }

    private Optional<Assessment> findOne(String condition, Object key) {
        return findAll(condition, key).stream().findFirst();
    }

    /**
     * The assessments that meet the condition, each whole, in one statement, so that it sees one
     * state of the database: a delete or change committed meanwhile is either wholly in it or not at
     * all (separate queries could see the row but not its answers).
     */
    private List<Assessment> findAll(String condition, Object key) {
        List<AssessmentRows.Part> parts = jdbc.sql("SELECT 'row' AS part, a.id AS owner, " + AssessmentRows.COLUMNS + ","
                        + " CAST(NULL AS VARCHAR(64)) AS item, CAST(NULL AS VARCHAR(64)) AS item_value"
                        + " FROM assessment a WHERE " + condition
                        + " UNION ALL SELECT 'answer', a.id, " + AssessmentRows.NO_COLUMNS + ", d.question_id, d.level_id"
                        + " FROM assessment a JOIN assessment_answer d ON d.assessment_id = a.id WHERE " + condition
                        + " UNION ALL SELECT 'usage', a.id, " + AssessmentRows.NO_COLUMNS + ", d.touchpoint_id, d.usage_state"
                        + " FROM assessment a JOIN assessment_touchpoint_state d ON d.assessment_id = a.id WHERE "
                        + condition)
                .param("key", key)
                .query(Assessments::part)
                .list();
        return rows.assemble(parts);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** One row of the loading query, as its {@code RowMapper}. */
    private static AssessmentRows.Part part(ResultSet rs, int rowNum) throws SQLException {
        String kind = rs.getString("part");
        return new AssessmentRows.Part(kind, rs.getObject("owner", UUID.class), "row".equals(kind) ? row(rs) : null,
                rs.getString("item"), rs.getString("item_value"));
    }

    private static AssessmentRows.Row row(ResultSet rs) throws SQLException {
        return new AssessmentRows.Row(
                rs.getObject("id", UUID.class),
                rs.getString("catalog_id"),
                rs.getString("status"),
                rs.getString("company_name"),
                rs.getString("industry"),
                rs.getString("size_class"),
                rs.getString("region"),
                rs.getString("market"),
                rs.getObject("reassessed_from", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("benchmark_consent"));
    }
}
