package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the dashboard's figures in the database, never by loading assessments: for all
 * assessments with at most one of industry, size class and region set, from the summary counts
 * ({@code statistic_count}, a few thousand rows whatever the number of assessments); otherwise (a
 * consultant's companies, or several profile filters at once) by summing the per-assessment digits
 * of {@code statistic_assessment} over the rows in scope, which an index narrows down.
 */
@Service
public class Dashboard {

    private final JdbcTemplate jdbc;
    private final Catalogs catalogs;
    private final AuditLog auditLog;

    Dashboard(JdbcTemplate jdbc, Catalogs catalogs, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.catalogs = catalogs;
        this.auditLog = auditLog;
    }

    /**
     * The figures of {@code me}'s scope for a download, which the audit log records (who, which
     * table, which period and filters).
     *
     * @param aggregate the table downloaded, such as "needs"; not null
     */
    @Transactional
    public DashboardFigures figuresForDownload(SignedInAccount me, DashboardFilter filter, String aggregate) {
        auditLog.record(AuditAction.DASHBOARD_EXPORTED, me.actor(), aggregate + " " + describe(filter));
        return figures(DashboardScope.of(me), filter);
    }

    /** The filter in a few words for the audit log, such as "2025-12–2026-11 industry=C". */
    static String describe(DashboardFilter filter) {
        StringBuilder text = new StringBuilder(filter.from() + "–" + filter.to());
        if (filter.industry() != null) {
            text.append(" industry=").append(filter.industry());
        }
        if (filter.sizeClass() != null) {
            text.append(" sizeClass=").append(filter.sizeClass());
        }
        if (filter.region() != null) {
            text.append(" region=").append(filter.region());
        }
        if (filter.catalogId() != null) {
            text.append(" catalog=").append(filter.catalogId());
        }
        return text.toString();
    }

    /**
     * The figures of {@code scope} under {@code filter}.
     *
     * @param scope not null
     * @param filter not null
     */
    @Transactional(readOnly = true)
    public DashboardFigures figures(DashboardScope scope, DashboardFilter filter) {
        Counts counts = new Counts();
        if (scope.all() && filter.profileFilters() <= 1) {
            fromSummary(filter, counts);
        } else {
            fromAssessments(scope, filter, counts);
        }
        return counts.figures(filter, order(filter));
    }

    /** What the queries collect, before it is put in catalogue order. */
    private static final class Counts {
        final Map<YearMonth, Long> months = new TreeMap<>();
        long withState;
        final Map<String, Map<String, Long>> answers = new LinkedHashMap<>();
        final Map<String, Map<String, Long>> recommendations = new LinkedHashMap<>();
        final Map<String, Long> gaps = new LinkedHashMap<>();

        void add(char measure, String item, String value, long n) {
            switch (measure) {
                case StatisticTally.WITH_STATE -> withState += n;
                case StatisticTally.ANSWER -> answers.computeIfAbsent(item, k -> new LinkedHashMap<>()).merge(value, n, Long::sum);
                case StatisticTally.RECOMMENDATION ->
                        recommendations.computeIfAbsent(item, k -> new LinkedHashMap<>()).merge(value, n, Long::sum);
                case StatisticTally.GAP -> gaps.merge(item, n, Long::sum);
                default -> { }
            }
        }

        DashboardFigures figures(DashboardFilter filter, List<Catalog> order) {
            List<DashboardFigures.MonthCount> perMonth = new ArrayList<>();
            long total = 0;
            for (YearMonth month : filter.months()) {
                long n = months.getOrDefault(month, 0L);
                total += n;
                perMonth.add(new DashboardFigures.MonthCount(month, n));
            }
            Map<String, Map<String, Long>> orderedAnswers = new LinkedHashMap<>();
            Map<String, Map<String, Long>> orderedRecommendations = new LinkedHashMap<>();
            Map<String, Long> orderedGaps = new LinkedHashMap<>();
            for (Catalog catalog : order) {
                catalog.questions().forEach(q -> {
                    if (answers.containsKey(q.id()) && !orderedAnswers.containsKey(q.id())) {
                        Map<String, Long> byLevel = new LinkedHashMap<>();
                        catalog.levels().forEach(l -> byLevel.put(l.id(), answers.get(q.id()).getOrDefault(l.id(), 0L)));
                        orderedAnswers.put(q.id(), byLevel);
                    }
                });
                catalog.touchpoints().forEach(t -> {
                    if (recommendations.containsKey(t.id()) && !orderedRecommendations.containsKey(t.id())) {
                        Map<String, Long> byRecommendation = new LinkedHashMap<>();
                        catalog.recommendations().forEach(r ->
                                byRecommendation.put(r.id(), recommendations.get(t.id()).getOrDefault(r.id(), 0L)));
                        orderedRecommendations.put(t.id(), byRecommendation);
                        orderedGaps.put(t.id(), gaps.getOrDefault(t.id(), 0L));
                    }
                });
            }
            return new DashboardFigures(filter, total, withState, perMonth, orderedAnswers, orderedRecommendations,
                    orderedGaps);
        }
    }

    /** The catalogues in the order their items are listed: the filter's (else the default), then the rest. */
    private List<Catalog> order(DashboardFilter filter) {
        List<Catalog> order = new ArrayList<>();
        order.add(filter.catalogId() == null ? catalogs.defaultCatalog() : catalogs.find(filter.catalogId()).orElseThrow());
        catalogs.all().stream().filter(c -> !order.contains(c)).forEach(order::add);
        return order;
    }

    private void fromSummary(DashboardFilter filter, Counts counts) {
        List<Object> args = new ArrayList<>(List.of(
                or(filter.industry()), or(filter.sizeClass()), or(filter.region()),
                filter.from().atDay(1), filter.to().atDay(1)));
        String where = " WHERE industry = ? AND size_class = ? AND region = ? AND month_start BETWEEN ? AND ?";
        if (filter.catalogId() != null) {
            where += " AND catalog_id = ?";
            args.add(filter.catalogId());
        }
        jdbc.query("SELECT month_start, SUM(n) FROM statistic_count" + where + " AND measure = 'n' GROUP BY month_start",
                rs -> {
                    counts.months.merge(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2), Long::sum);
                },
                args.toArray());
        jdbc.query("SELECT measure, item, item_value, SUM(n) FROM statistic_count" + where
                        + " AND measure <> 'n' GROUP BY measure, item, item_value",
                rs -> {
                    counts.add(rs.getString(1).charAt(0), rs.getString(2), rs.getString(3), rs.getLong(4));
                },
                args.toArray());
    }

    private void fromAssessments(DashboardScope scope, DashboardFilter filter, Counts counts) {
        StringBuilder where = new StringBuilder(" WHERE complete = TRUE AND month_start BETWEEN ? AND ?");
        List<Object> args = new ArrayList<>(List.of(filter.from().atDay(1), filter.to().atDay(1)));
        if (!scope.all()) {
            where.append(" AND owner_account_id = ?");
            args.add(scope.ownerId());
        }
        condition(where, args, "industry", filter.industry());
        condition(where, args, "size_class", filter.sizeClass());
        condition(where, args, "region", filter.region());
        condition(where, args, "catalog_id", filter.catalogId());
        List<String> present = new ArrayList<>();
        jdbc.query("SELECT month_start, catalog_id, COUNT(*), SUM(CASE WHEN gaps IS NULL THEN 0 ELSE 1 END)"
                        + " FROM statistic_assessment" + where + " GROUP BY month_start, catalog_id",
                rs -> {
                    counts.months.merge(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(3), Long::sum);
                    counts.withState += rs.getLong(4);
                    if (!present.contains(rs.getString(2))) {
                        present.add(rs.getString(2));
                    }
                },
                args.toArray());
        for (String catalogId : present) {
            Catalog catalog = catalogs.find(catalogId).orElseThrow(() -> new IllegalStateException("unknown catalogue " + catalogId));
            sumDigits(catalog, where + " AND catalog_id = ?", append(args, catalogId), counts);
        }
    }

    /**
     * One pass over the rows in scope that counts, for every question and level, touchpoint and
     * recommendation, and touchpoint gap, the rows whose digit says so.
     */
    private void sumDigits(Catalog catalog, String where, List<Object> args, Counts counts) {
        List<String[]> columns = new ArrayList<>();
        StringBuilder select = new StringBuilder("SELECT ");
        for (int q = 0; q < catalog.questions().size(); q++) {
            for (int l = 0; l < catalog.levels().size(); l++) {
                select.append(digitSum("answers", q, l)).append(", ");
                columns.add(new String[] {"a", catalog.questions().get(q).id(), catalog.levels().get(l).id()});
            }
        }
        for (int t = 0; t < catalog.touchpoints().size(); t++) {
            for (int r = 0; r < catalog.recommendations().size(); r++) {
                select.append(digitSum("recommendations", t, r)).append(", ");
                columns.add(new String[] {"r", catalog.touchpoints().get(t).id(), catalog.recommendations().get(r).id()});
            }
            select.append(digitSum("gaps", t, 1)).append(", ");
            columns.add(new String[] {"g", catalog.touchpoints().get(t).id(), ""});
        }
        select.setLength(select.length() - 2);
        jdbc.query(select + " FROM statistic_assessment" + where,
                rs -> {
                    for (int i = 0; i < columns.size(); i++) {
                        String[] column = columns.get(i);
                        counts.add(column[0].charAt(0), column[1], column[2], rs.getLong(i + 1));
                    }
                },
                args.toArray());
    }

    private static String digitSum(String column, int position, int digit) {
        return "SUM(CASE WHEN SUBSTRING(" + column + " FROM " + (position + 1) + " FOR 1) = '" + digit
                + "' THEN 1 ELSE 0 END)";
    }

    private static void condition(StringBuilder where, List<Object> args, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static List<Object> append(List<Object> args, Object more) {
        List<Object> all = new ArrayList<>(args);
        all.add(more);
        return all;
    }

    private static String or(String value) {
        return value == null ? StatisticTally.ANY : value;
    }
}
