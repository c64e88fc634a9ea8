package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.statistics.StatisticTally.BenchmarkKey;
import de.kundenkontakt.quickcheck.app.statistics.StatisticTally.CountKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The statistics' own tables, and what they read of the assessment and company tables (read only).
 * Every method runs in the caller's transaction; writes must happen while the caller holds the
 * statistics lock ({@link #lock()}), so that no two transactions insert the same summary row.
 */
public final class StatisticTables {

    /** The most ids one {@code IN (...)} list takes. */
    private static final int CHUNK = 500;

    private static final String FACT_COLUMNS = "assessment_id, chain_id, company_id, owner_account_id, created_at,"
            + " month_start, catalog_id, industry, size_class, region, complete, eligible, benchmark, answers,"
            + " recommendations, gaps";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final NamedParameterJdbcTemplate named;

    /** The tables reached through {@code jdbc} (in its current transaction, if any). */
    public StatisticTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.streaming = streaming(jdbc);
    }

    /**
     * A template on the same data source that fetches rows in portions, so that a long result is
     * not held in memory at once (PostgreSQL does so inside a transaction).
     */
    static JdbcTemplate streaming(JdbcTemplate jdbc) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(1000);
        return streaming;
    }

    /**
     * Takes the statistics lock until the transaction ends.
     *
     * @return whether the counts include the assessments that existed before the statistics did
     */
    public boolean lock() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT built FROM statistic_state WHERE id = 1 FOR UPDATE", Boolean.class));
    }

    /** Notes that the counts are complete. */
    public void markBuilt() {
        jdbc.update("UPDATE statistic_state SET built = TRUE WHERE id = 1");
    }

    /** Whether the counts are complete (without locking). */
    public boolean built() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT built FROM statistic_state WHERE id = 1", Boolean.class));
    }

    /** Deletes every count and fact, for a recount from scratch. */
    public void clear() {
        jdbc.update("DELETE FROM statistic_count");
        jdbc.update("DELETE FROM statistic_benchmark");
        jdbc.update("DELETE FROM statistic_assessment");
    }

    /** The assessments with these ids as they are stored now; missing ones were deleted. */
    public Map<UUID, StatisticSource> sources(Collection<UUID> ids) {
        Map<UUID, StatisticSource> sources = new LinkedHashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            Map<String, Object> params = Map.of("ids", chunk);
            Map<UUID, Map<String, String>> answers = new HashMap<>();
            named.query("SELECT assessment_id, question_id, level_id FROM assessment_answer WHERE assessment_id IN (:ids)",
                    params, rs -> {
                        answers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                                .put(rs.getString(2), rs.getString(3));
                    });
            Map<UUID, Map<String, String>> usages = new HashMap<>();
            named.query("SELECT assessment_id, touchpoint_id, usage_state FROM assessment_touchpoint_state"
                            + " WHERE assessment_id IN (:ids)",
                    params, rs -> {
                        usages.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                                .put(rs.getString(2), rs.getString(3));
                    });
            named.query("SELECT a.id, a.catalog_id, a.status, a.industry, a.size_class, a.region, a.reassessed_from,"
                            + " a.created_at, a.company_id, c.owner_account_id, a.benchmark_consent"
                            + " FROM assessment a LEFT JOIN company c ON c.id = a.company_id WHERE a.id IN (:ids)",
                    params, rs -> {
                        UUID id = rs.getObject("id", UUID.class);
                        sources.put(id, new StatisticSource(
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
                                answers.getOrDefault(id, Map.of()),
                                usages.getOrDefault(id, Map.of())));
                    });
        }
        return sources;
    }

    /** Up to {@code limit} assessment ids greater than {@code after} (null: from the first), in id order. */
    public List<UUID> assessmentIdsAfter(UUID after, int limit) {
        return after == null
                ? jdbc.queryForList("SELECT id FROM assessment ORDER BY id FETCH FIRST " + limit + " ROWS ONLY", UUID.class)
                : jdbc.queryForList("SELECT id FROM assessment WHERE id > ? ORDER BY id FETCH FIRST " + limit + " ROWS ONLY",
                        UUID.class, after);
    }

    /**
     * Marks, in every chain, the latest complete assessment (created last; equal times: the greater
     * id as text) as counted for benchmarks when it is eligible.
     */
    public void markLatestOfChainsForBenchmarks() {
        jdbc.update("UPDATE statistic_assessment SET benchmark = TRUE WHERE complete = TRUE AND eligible = TRUE"
                + " AND NOT EXISTS (SELECT 1 FROM statistic_assessment o WHERE o.chain_id = statistic_assessment.chain_id"
                + " AND o.complete = TRUE AND (o.created_at > statistic_assessment.created_at"
                + " OR (o.created_at = statistic_assessment.created_at"
                + " AND CAST(o.assessment_id AS VARCHAR(36)) > CAST(statistic_assessment.assessment_id AS VARCHAR(36)))))");
    }

    /** Hands every assessment counted for benchmarks to {@code action}, one row at a time (streamed). */
    public void forEachBenchmarkFacts(java.util.function.Consumer<StatisticFacts> action) {
        streaming.query("SELECT " + FACT_COLUMNS + " FROM statistic_assessment WHERE benchmark = TRUE",
                rs -> {
                    action.accept(facts(rs, 0));
                });
    }

    /** The assessment each of these re-assesses (absent when none, or when the id is unknown). */
    public Map<UUID, UUID> parents(Collection<UUID> ids) {
        Map<UUID, UUID> parents = new HashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            named.query("SELECT id, reassessed_from FROM assessment WHERE id IN (:ids) AND reassessed_from IS NOT NULL",
                    Map.of("ids", chunk),
                    rs -> {
                        parents.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                    });
        }
        return parents;
    }

    /** The stored facts of these assessments. */
    public Map<UUID, StatisticFacts> facts(Collection<UUID> ids) {
        return factsWhere("assessment_id", ids);
    }

    /** The stored facts of every assessment in these chains. */
    public Map<UUID, StatisticFacts> factsOfChains(Collection<UUID> chainIds) {
        return factsWhere("chain_id", chainIds);
    }

    /** The stored facts of the assessments counted for benchmarks in these chains or of this company. */
    public List<StatisticFacts> benchmarkFacts(UUID chainId, UUID companyId) {
        return named.query("SELECT " + FACT_COLUMNS + " FROM statistic_assessment WHERE benchmark = TRUE"
                        + " AND (chain_id = :chain OR company_id = :company)",
                new MapSqlParameterSource("chain", chainId).addValue("company", companyId),
                StatisticTables::facts);
    }

    private Map<UUID, StatisticFacts> factsWhere(String column, Collection<UUID> keys) {
        Map<UUID, StatisticFacts> found = new LinkedHashMap<>();
        for (List<UUID> chunk : chunks(keys)) {
            named.query("SELECT " + FACT_COLUMNS + " FROM statistic_assessment WHERE " + column + " IN (:keys)",
                            Map.of("keys", chunk), StatisticTables::facts)
                    .forEach(f -> found.put(f.assessmentId(), f));
        }
        return found;
    }

    /** Stores new facts or replaces the stored ones. */
    public void saveFacts(Collection<StatisticFacts> all) {
        if (all.isEmpty()) {
            return;
        }
        List<StatisticFacts> list = List.copyOf(all);
        int[][] updated = jdbc.batchUpdate("UPDATE statistic_assessment SET chain_id = ?, company_id = ?,"
                        + " owner_account_id = ?, created_at = ?, month_start = ?, catalog_id = ?, industry = ?,"
                        + " size_class = ?, region = ?, complete = ?, eligible = ?, benchmark = ?, answers = ?,"
                        + " recommendations = ?, gaps = ? WHERE assessment_id = ?",
                list, CHUNK, (ps, f) -> {
                    bindFacts(ps, f, 1);
                    ps.setObject(16, f.assessmentId());
                });
        insertFacts(notUpdated(list, updated));
    }

    /** Inserts facts of assessments that have none yet. */
    public void insertFacts(Collection<StatisticFacts> all) {
        if (all.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO statistic_assessment (chain_id, company_id, owner_account_id, created_at,"
                        + " month_start, catalog_id, industry, size_class, region, complete, eligible, benchmark, answers,"
                        + " recommendations, gaps, assessment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                List.copyOf(all), CHUNK, (ps, f) -> {
                    bindFacts(ps, f, 1);
                    ps.setObject(16, f.assessmentId());
                });
    }

    /** Deletes the facts of these assessments. */
    public void deleteFacts(Collection<UUID> ids) {
        for (List<UUID> chunk : chunks(ids)) {
            named.update("DELETE FROM statistic_assessment WHERE assessment_id IN (:ids)", Map.of("ids", chunk));
        }
    }

    /** Adds these changes to the dashboard's counts, row by row in the given order. */
    public void addCounts(List<Map.Entry<CountKey, Long>> changes) {
        String where = " WHERE industry = ? AND size_class = ? AND region = ? AND month_start = ? AND catalog_id = ?"
                + " AND measure = ? AND item = ? AND item_value = ?";
        add(changes,
                "UPDATE statistic_count SET n = n + ?" + where,
                "INSERT INTO statistic_count (n, industry, size_class, region, month_start, catalog_id, measure, item,"
                        + " item_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (ps, key) -> {
                    ps.setString(2, key.industry());
                    ps.setString(3, key.sizeClass());
                    ps.setString(4, key.region());
                    ps.setObject(5, key.monthStart());
                    ps.setString(6, key.catalogId());
                    ps.setString(7, String.valueOf(key.measure()));
                    ps.setString(8, key.item());
                    ps.setString(9, key.value());
                });
    }

    /** Adds these changes to the benchmark counts, row by row in the given order. */
    public void addBenchmarks(List<Map.Entry<BenchmarkKey, Long>> changes) {
        add(changes,
                "UPDATE statistic_benchmark SET n = n + ? WHERE catalog_id = ? AND industry = ? AND size_class = ?"
                        + " AND measure = ? AND item = ? AND item_value = ?",
                "INSERT INTO statistic_benchmark (n, catalog_id, industry, size_class, measure, item, item_value)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (ps, key) -> {
                    ps.setString(2, key.catalogId());
                    ps.setString(3, key.industry());
                    ps.setString(4, key.sizeClass());
                    ps.setString(5, String.valueOf(key.measure()));
                    ps.setString(6, key.item());
                    ps.setString(7, key.value());
                });
    }

    /** Binds a key's columns from parameter 2 on; parameter 1 is the count. */
    private interface KeyBinder<K> {
        void bind(PreparedStatement ps, K key) throws SQLException;
    }

    /**
     * Atomic increments ({@code n = n + ?}), which lose no count whatever runs beside them; rows
     * that do not exist yet are inserted (only one transaction at a time does so: the lock).
     */
    private <K> void add(List<Map.Entry<K, Long>> changes, String update, String insert, KeyBinder<K> binder) {
        if (changes.isEmpty()) {
            return;
        }
        int[][] updated = jdbc.batchUpdate(update, changes, CHUNK, (ps, change) -> {
            ps.setLong(1, change.getValue());
            binder.bind(ps, change.getKey());
        });
        List<Map.Entry<K, Long>> missing = notUpdated(changes, updated);
        if (!missing.isEmpty()) {
            jdbc.batchUpdate(insert, missing, CHUNK, (ps, change) -> {
                ps.setLong(1, change.getValue());
                binder.bind(ps, change.getKey());
            });
        }
    }

    /** The items whose statement of a batch update changed no row. */
    private static <T> List<T> notUpdated(List<T> items, int[][] counts) {
        List<T> missing = new ArrayList<>();
        int index = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count == 0) {
                    missing.add(items.get(index));
                }
                index++;
            }
        }
        return missing;
    }

    private static void bindFacts(PreparedStatement ps, StatisticFacts f, int from) throws SQLException {
        ps.setObject(from, f.chainId());
        setUuid(ps, from + 1, f.companyId());
        setUuid(ps, from + 2, f.ownerId());
        ps.setObject(from + 3, OffsetDateTime.ofInstant(f.createdAt(), ZoneOffset.UTC));
        ps.setObject(from + 4, f.monthStart());
        ps.setString(from + 5, f.catalogId());
        ps.setString(from + 6, f.industry());
        ps.setString(from + 7, f.sizeClass());
        ps.setString(from + 8, f.region());
        ps.setBoolean(from + 9, f.complete());
        ps.setBoolean(from + 10, f.eligible());
        ps.setBoolean(from + 11, f.benchmark());
        ps.setString(from + 12, f.answers());
        ps.setString(from + 13, f.recommendations());
        ps.setString(from + 14, f.gaps());
    }

    private static void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.OTHER);
        } else {
            ps.setObject(index, value);
        }
    }

    /** One row of {@code statistic_assessment}. */
    static StatisticFacts facts(ResultSet rs, int rowNum) throws SQLException {
        return new StatisticFacts(
                rs.getObject("assessment_id", UUID.class),
                rs.getObject("chain_id", UUID.class),
                rs.getObject("company_id", UUID.class),
                rs.getObject("owner_account_id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("month_start", LocalDate.class),
                rs.getString("catalog_id"),
                rs.getString("industry"),
                rs.getString("size_class"),
                rs.getString("region"),
                rs.getBoolean("complete"),
                rs.getBoolean("eligible"),
                rs.getBoolean("benchmark"),
                rs.getString("answers"),
                rs.getString("recommendations"),
                rs.getString("gaps"));
    }

    static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = List.copyOf(all);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            chunks.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return chunks;
    }
}
