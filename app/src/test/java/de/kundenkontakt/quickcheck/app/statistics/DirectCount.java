package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.GapAnalysis;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test's own count of what the dashboard should show: it reads every assessment from the
 * assessment tables, evaluates it with the engine and counts in memory, without any of the
 * statistics' tables or code.
 */
final class DirectCount {

    /** What the dashboard shows, in a form that compares easily. */
    record Expected(
            long assessments,
            long withState,
            Map<YearMonth, Long> months,
            Map<String, Map<String, Long>> answers,
            Map<String, Map<String, Long>> recommendations,
            Map<String, Long> gaps) {}

    private record Row(UUID id, String catalog, String industry, String size, String region, YearMonth month, UUID owner) {}

    private DirectCount() {}

    static Expected of(JdbcClient jdbc, Catalogs catalogs, DashboardScope scope, DashboardFilter filter) {
        List<Row> rows = jdbc.sql("SELECT a.id, a.catalog_id, a.industry, a.size_class, a.region, a.created_at,"
                        + " c.owner_account_id FROM assessment a LEFT JOIN company c ON c.id = a.company_id"
                        + " WHERE a.status = 'complete'")
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        YearMonth.from(rs.getObject(6, OffsetDateTime.class).toInstant().atZone(GermanTime.ZONE)),
                        rs.getObject(7, UUID.class)))
                .list();
        Map<YearMonth, Long> months = new TreeMap<>();
        Map<String, Map<String, Long>> answers = new HashMap<>();
        Map<String, Map<String, Long>> recommendations = new HashMap<>();
        Map<String, Long> gaps = new HashMap<>();
        long total = 0;
        long withState = 0;
        for (Row row : rows) {
            if ((!scope.all() && !scope.ownerId().equals(row.owner()))
                    || row.month().isBefore(filter.from())
                    || row.month().isAfter(filter.to())
                    || !matches(filter.industry(), row.industry())
                    || !matches(filter.sizeClass(), row.size())
                    || !matches(filter.region(), row.region())
                    || !matches(filter.catalogId(), row.catalog())) {
                continue;
            }
            total++;
            months.merge(row.month(), 1L, Long::sum);
            Catalog catalog = catalogs.find(row.catalog()).orElseThrow();
            Map<String, String> given = new HashMap<>();
            jdbc.sql("SELECT question_id, level_id FROM assessment_answer WHERE assessment_id = ?")
                    .param(row.id())
                    .query((rs, n) -> given.put(rs.getString(1), rs.getString(2)))
                    .list();
            Map<String, String> usages = new HashMap<>();
            jdbc.sql("SELECT touchpoint_id, usage_state FROM assessment_touchpoint_state WHERE assessment_id = ?")
                    .param(row.id())
                    .query((rs, n) -> usages.put(rs.getString(1), rs.getString(2)))
                    .list();
            given.forEach((q, l) -> answers.computeIfAbsent(q, k -> new HashMap<>()).merge(l, 1L, Long::sum));
            Evaluation evaluation = catalog.evaluate(Answers.complete(catalog, given));
            for (TouchpointResult result : evaluation.ranking()) {
                recommendations.computeIfAbsent(result.touchpoint().id(), k -> new HashMap<>())
                        .merge(result.recommendation().id(), 1L, Long::sum);
            }
            CurrentState state = CurrentState.parse(usages).restrictedTo(catalog);
            if (!state.isEmpty()) {
                withState++;
                GapAnalysis.of(evaluation, state).potential()
                        .forEach(r -> gaps.merge(r.touchpoint().id(), 1L, Long::sum));
            }
        }
        return new Expected(total, withState, months, answers, recommendations, gaps);
    }

    /** The dashboard's figures in the same form (zero counts left out). */
    static Expected of(DashboardFigures figures) {
        Map<YearMonth, Long> months = new TreeMap<>();
        figures.months().stream().filter(m -> m.assessments() > 0).forEach(m -> months.put(m.month(), m.assessments()));
        Map<String, Long> gaps = new HashMap<>(figures.gaps());
        gaps.values().removeIf(n -> n == 0);
        return new Expected(figures.assessments(), figures.withCurrentState(), months, nonZero(figures.answers()),
                nonZero(figures.recommendations()), gaps);
    }

    private static Map<String, Map<String, Long>> nonZero(Map<String, Map<String, Long>> counts) {
        Map<String, Map<String, Long>> copy = new HashMap<>();
        counts.forEach((item, byValue) -> byValue.forEach((value, n) -> {
            if (n != 0) {
                copy.computeIfAbsent(item, k -> new HashMap<>()).put(value, n);
            }
        }));
        return copy;
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }

    static List<String> ids(List<UUID> ids) {
        List<String> texts = new ArrayList<>();
        ids.forEach(id -> texts.add(id.toString()));
        return texts;
    }
}
