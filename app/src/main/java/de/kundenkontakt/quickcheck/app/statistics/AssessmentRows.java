package de.kundenkontakt.quickcheck.app.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What the statistics read of the assessment and company tables (read only), in the caller's
 * transaction.
 */
final class AssessmentRows {

    private final NamedParameterJdbcTemplate named;

    AssessmentRows(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    /** The assessments with these ids as they are stored now; missing ones were deleted. */
    Map<UUID, StatisticSource> sources(Collection<UUID> ids) {
        Map<UUID, StatisticSource> sources = new LinkedHashMap<>();
        for (List<UUID> chunk : StatisticTables.chunks(ids)) {
            Map<String, Object> params = Map.of("ids", chunk);
            Map<UUID, Map<String, String>> answers = pairsById("SELECT assessment_id, question_id, level_id"
                    + " FROM assessment_answer WHERE assessment_id IN (:ids)", params);
            Map<UUID, Map<String, String>> usages = pairsById("SELECT assessment_id, touchpoint_id, usage_state"
                    + " FROM assessment_touchpoint_state WHERE assessment_id IN (:ids)", params);
            named.query("SELECT a.id, a.catalog_id, a.status, a.industry, a.size_class, a.region, a.reassessed_from,"
                            + " a.created_at, a.company_id, c.owner_account_id, a.benchmark_consent"
                            + " FROM assessment a LEFT JOIN company c ON c.id = a.company_id WHERE a.id IN (:ids)",
                    params, rs -> {
                        UUID id = rs.getObject("id", UUID.class);
                        sources.put(id, source(rs, id, answers.getOrDefault(id, Map.of()), usages.getOrDefault(id, Map.of())));
                    });
        }
        return sources;
    }

    /** Rows of (assessment id, key, value), as a map of key to value per assessment. */
    private Map<UUID, Map<String, String>> pairsById(String sql, Map<String, Object> params) {
        Map<UUID, Map<String, String>> pairs = new HashMap<>();
        named.query(sql, params, rs -> {
            pairs.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
        });
        return pairs;
    }

    private static StatisticSource source(ResultSet rs, UUID id, Map<String, String> answers, Map<String, String> usages)
            throws SQLException {
        return new StatisticSource(
                id,
                rs.getString("catalog_id"),
                "complete".equals(rs.getString("status")),
                rs.getString("industry"),
                rs.getString("size_class"),
                rs.getString("region"),
                rs.getObject("reassessed_from", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("company_id", UUID.class),
                rs.getObject("owner_account_id", UUID.class),
                rs.getBoolean("benchmark_consent"),
                answers,
                usages);
    }

    /** Up to {@code limit} assessment ids greater than {@code after} (null: from the first), in id order. */
    List<UUID> idsAfter(UUID after, int limit) {
        return after == null
                ? named.getJdbcTemplate().queryForList("SELECT id FROM assessment ORDER BY id FETCH FIRST " + limit
                        + " ROWS ONLY", UUID.class)
                : named.getJdbcTemplate().queryForList("SELECT id FROM assessment WHERE id > ? ORDER BY id FETCH FIRST "
                        + limit + " ROWS ONLY", UUID.class, after);
    }

    /** The assessment each of these re-assesses (absent when none, or when the id is unknown). */
    Map<UUID, UUID> parents(Collection<UUID> ids) {
        Map<UUID, UUID> parents = new HashMap<>();
        for (List<UUID> chunk : StatisticTables.chunks(ids)) {
            named.query("SELECT id, reassessed_from FROM assessment WHERE id IN (:ids) AND reassessed_from IS NOT NULL",
                    Map.of("ids", chunk), rs -> {
                        parents.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                    });
        }
        return parents;
    }
}
