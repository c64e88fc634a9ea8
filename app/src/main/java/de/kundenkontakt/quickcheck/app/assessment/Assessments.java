package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored assessments, found by the hash of a token, never by the token itself. Every method
 * must run inside the caller's transaction; {@link AssessmentService} provides it.
 */
@Repository
class Assessments {

    private static final String COLUMNS = "id, catalog_id, status, company_name, industry, size_class, region,"
            + " market, reassessed_from, created_at, updated_at";

    private final JdbcClient jdbc;
    private final Catalogs catalogs;
    private final ProfileOptions profileOptions;

    Assessments(JdbcClient jdbc, Catalogs catalogs, ProfileOptions profileOptions) {
        this.jdbc = jdbc;
        this.catalogs = catalogs;
        this.profileOptions = profileOptions;
    }

    /** Stores a new assessment reached by the two tokens. */
    void add(Assessment assessment, AccessToken viewToken, AccessToken deleteToken) {
        CompanyProfile profile = assessment.profile();
        jdbc.sql("INSERT INTO assessment (id, view_token_hash, delete_token_hash, catalog_id, status,"
                        + " company_name, industry, size_class, region, market, reassessed_from, created_at, updated_at)"
                        + " VALUES (:id, :viewHash, :deleteHash, :catalog, :status, :name, :industry, :size,"
                        + " :region, :market, :from, :created, :updated)")
                .param("id", assessment.id())
                .param("viewHash", viewToken.hash())
                .param("deleteHash", deleteToken.hash())
                .param("catalog", assessment.catalog().id())
                .param("status", assessment.status().id())
                .param("name", profile.companyName())
                .param("industry", profile.industry() == null ? null : profile.industry().code())
                .param("size", profile.sizeClass() == null ? null : profile.sizeClass().id())
                .param("region", profile.region() == null ? null : profile.region().id())
                .param("market", profile.market() == null ? null : profile.market().id())
                .param("from", assessment.reassessedFrom().orElse(null))
                .param("created", timestamp(assessment.createdAt()))
                .param("updated", timestamp(assessment.updatedAt()))
                .update();
        insertDetails(assessment);
    }

    /** The assessment reached by this view token, if any. */
    Optional<Assessment> findByViewToken(AccessToken viewToken) {
        return findOne("view_token_hash = :key", viewToken.hash(), false);
    }

    /**
     * The assessment reached by this view token, if any, locking its row until the transaction
     * ends so that concurrent changes from other instances apply one after the other.
     */
    Optional<Assessment> findByViewTokenForUpdate(AccessToken viewToken) {
        return findOne("view_token_hash = :key", viewToken.hash(), true);
    }

    /** The assessment that this delete token removes, if any. */
    Optional<Assessment> findByDeleteToken(AccessToken deleteToken) {
        return findOne("delete_token_hash = :key", deleteToken.hash(), false);
    }

    /** The assessment with this internal id, if any. */
    Optional<Assessment> findById(UUID id) {
        return findOne("id = :key", id, false);
    }

    /** The assessments that re-assess the one with this internal id, oldest first. */
    java.util.List<Assessment> findReassessmentsOf(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE reassessed_from = :key ORDER BY created_at, id")
                .param("key", id)
                .query(Assessments::row)
                .list()
                .stream()
                .map(this::load)
                .toList();
    }

    /** Replaces status, answers, profile and current state of a stored assessment. */
    void update(Assessment assessment) {
        CompanyProfile profile = assessment.profile();
        int updated = jdbc.sql("UPDATE assessment SET status = :status, company_name = :name, industry = :industry,"
                        + " size_class = :size, region = :region, market = :market, updated_at = :updated"
                        + " WHERE id = :id")
                .param("id", assessment.id())
                .param("status", assessment.status().id())
                .param("name", profile.companyName())
                .param("industry", profile.industry() == null ? null : profile.industry().code())
                .param("size", profile.sizeClass() == null ? null : profile.sizeClass().id())
                .param("region", profile.region() == null ? null : profile.region().id())
                .param("market", profile.market() == null ? null : profile.market().id())
                .param("updated", timestamp(assessment.updatedAt()))
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

    private void insertDetails(Assessment assessment) {
        for (Map.Entry<String, String> answer : assessment.answers().asIds().entrySet()) {
            jdbc.sql("INSERT INTO assessment_answer (assessment_id, question_id, level_id) VALUES (:id, :question, :level)")
                    .param("id", assessment.id())
                    .param("question", answer.getKey())
                    .param("level", answer.getValue())
                    .update();
        }
        for (Map.Entry<String, String> state : assessment.currentState().asIds().entrySet()) {
            jdbc.sql("INSERT INTO assessment_touchpoint_state (assessment_id, touchpoint_id, usage_state)"
                            + " VALUES (:id, :touchpoint, :usage)")
                    .param("id", assessment.id())
                    .param("touchpoint", state.getKey())
                    .param("usage", state.getValue())
                    .update();
        }
    }

    private Optional<Assessment> findOne(String condition, Object key, boolean forUpdate) {
        Optional<Row> row = jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE " + condition
                        + (forUpdate ? " FOR UPDATE" : ""))
                .param("key", key)
                .query(Assessments::row)
                .optional();
        return row.map(this::load);
    }

    private Assessment load(Row row) {
        Catalog catalog = catalogs.find(row.catalogId())
                .orElseThrow(() -> new IllegalStateException(
                        "assessment " + row.id() + " pins catalogue " + row.catalogId() + ", which is unknown"));
        Map<String, String> answers = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, level_id FROM assessment_answer WHERE assessment_id = :id")
                .param("id", row.id())
                .query((rs, n) -> Map.entry(rs.getString("question_id"), rs.getString("level_id")))
                .list()
                .forEach(e -> answers.put(e.getKey(), e.getValue()));
        Map<String, String> usages = new LinkedHashMap<>();
        jdbc.sql("SELECT touchpoint_id, usage_state FROM assessment_touchpoint_state WHERE assessment_id = :id")
                .param("id", row.id())
                .query((rs, n) -> Map.entry(rs.getString("touchpoint_id"), rs.getString("usage_state")))
                .list()
                .forEach(e -> usages.put(e.getKey(), e.getValue()));
        AssessmentStatus status = AssessmentStatus.byId(row.status())
                .orElseThrow(() -> new IllegalStateException("unknown status " + row.status()));
        // Keep answers in catalogue order whatever order the database returns them in.
        Answers parsed = Answers.draft(catalog, answers);
        CompanyProfile profile = new CompanyProfile(
                row.companyName(),
                profileOptions.industry(row.industry()).orElse(null),
                row.sizeClass() == null ? null : SizeClass.byId(row.sizeClass()).orElse(null),
                profileOptions.region(row.region()).orElse(null),
                row.market() == null ? null : Market.byId(row.market()).orElse(null));
        return Assessment.of(
                row.id(),
                status,
                parsed,
                profile,
                CurrentState.parse(usages).restrictedTo(catalog),
                row.createdAt(),
                row.updatedAt(),
                row.reassessedFrom());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(
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
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private record Row(
            UUID id,
            String catalogId,
            String status,
            String companyName,
            String industry,
            String sizeClass,
            String region,
            String market,
            UUID reassessedFrom,
            Instant createdAt,
            Instant updatedAt) {}
}
