package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.statistics.StatisticTally.BenchmarkKey;
import de.kundenkontakt.quickcheck.app.statistics.StatisticTally.CountKey;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The statistics' own tables; what they read of the assessment and company tables is in
 * {@link #assessments()}. Every method runs in the caller's transaction; writes must happen while
 * the caller holds the statistics lock ({@link #lock()}), so that no two transactions insert the
 * same summary row.
 */
public final class StatisticTables {

    /** The most ids one {@code IN (...)} list takes. */
    private static final int CHUNK = 500;

    private static final String ADD_COUNT = "UPDATE statistic_count SET n = n + ? WHERE industry = ? AND size_class = ?"
            + " AND region = ? AND month_start = ? AND catalog_id = ? AND measure = ? AND item = ? AND item_value = ?";
    private static final String INSERT_COUNT = "INSERT INTO statistic_count (n, industry, size_class, region,"
            + " month_start, catalog_id, measure, item, item_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ADD_BENCHMARK = "UPDATE statistic_benchmark SET n = n + ? WHERE catalog_id = ?"
            + " AND industry = ? AND size_class = ? AND measure = ? AND item = ? AND item_value = ?";
    private static final String INSERT_BENCHMARK = "INSERT INTO statistic_benchmark (n, catalog_id, industry,"
            + " size_class, measure, item, item_value) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final NamedParameterJdbcTemplate named;
    private final AssessmentRows assessments;

    /** The tables reached through {@code jdbc} (in its current transaction, if any). */
    public StatisticTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.streaming = streaming(jdbc);
        this.assessments = new AssessmentRows(named);
    }

    /** The assessment and company tables, as the statistics read them (same transaction). */
    AssessmentRows assessments() {
        return assessments;
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
        streaming.query("SELECT " + StatisticFactRows.COLUMNS + " FROM statistic_assessment WHERE benchmark = TRUE",
                rs -> {
                    action.accept(StatisticFactRows.read(rs, 0));
                });
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
        return named.query("SELECT " + StatisticFactRows.COLUMNS + " FROM statistic_assessment WHERE benchmark = TRUE"
                        + " AND (chain_id = :chain OR company_id = :company)",
                new MapSqlParameterSource("chain", chainId).addValue("company", companyId),
                StatisticFactRows::read);
    }

    private Map<UUID, StatisticFacts> factsWhere(String column, Collection<UUID> keys) {
        Map<UUID, StatisticFacts> found = new LinkedHashMap<>();
        for (List<UUID> chunk : chunks(keys)) {
            named.query("SELECT " + StatisticFactRows.COLUMNS + " FROM statistic_assessment WHERE " + column + " IN (:keys)",
                            Map.of("keys", chunk), StatisticFactRows::read)
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
                list, CHUNK, StatisticFactRows::bind);
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
                List.copyOf(all), CHUNK, StatisticFactRows::bind);
    }

    /** Deletes the facts of these assessments. */
    public void deleteFacts(Collection<UUID> ids) {
        for (List<UUID> chunk : chunks(ids)) {
            named.update("DELETE FROM statistic_assessment WHERE assessment_id IN (:ids)", Map.of("ids", chunk));
        }
    }

    /** Adds these changes to the dashboard's counts, row by row in the given order. */
    public void addCounts(List<Map.Entry<CountKey, Long>> changes) {
        add(changes, ADD_COUNT, INSERT_COUNT, StatisticTables::bindCountKey);
    }

    /** Adds these changes to the benchmark counts, row by row in the given order. */
    public void addBenchmarks(List<Map.Entry<BenchmarkKey, Long>> changes) {
        add(changes, ADD_BENCHMARK, INSERT_BENCHMARK, StatisticTables::bindBenchmarkKey);
    }

    private static void bindCountKey(PreparedStatement ps, CountKey key) throws SQLException {
        ps.setString(2, key.industry());
        ps.setString(3, key.sizeClass());
        ps.setString(4, key.region());
        ps.setObject(5, key.monthStart());
        ps.setString(6, key.catalogId());
        ps.setString(7, String.valueOf(key.measure()));
        ps.setString(8, key.item());
        ps.setString(9, key.value());
    }

    private static void bindBenchmarkKey(PreparedStatement ps, BenchmarkKey key) throws SQLException {
        ps.setString(2, key.catalogId());
        ps.setString(3, key.industry());
        ps.setString(4, key.sizeClass());
        ps.setString(5, String.valueOf(key.measure()));
        ps.setString(6, key.item());
        ps.setString(7, key.value());
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
        List<Map.Entry<K, Long>> missing = notUpdated(changes, batch(update, changes, binder));
        if (!missing.isEmpty()) {
            batch(insert, missing, binder);
        }
    }

    /** Runs {@code sql} once per change: the count as parameter 1, the key's columns after it. */
    private <K> int[][] batch(String sql, List<Map.Entry<K, Long>> changes, KeyBinder<K> binder) {
        return jdbc.batchUpdate(sql, changes, CHUNK, (ps, change) -> {
            ps.setLong(1, change.getValue());
            binder.bind(ps, change.getKey());
        });
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

    static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = List.copyOf(all);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            chunks.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return chunks;
    }
}
