package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.GapAnalysis;
import de.kundenkontakt.quickcheck.app.assessment.PeerBenchmark;
import de.kundenkontakt.quickcheck.app.assessment.PeerBenchmarks;
import de.kundenkontakt.quickcheck.app.statistics.StatisticTally.BenchmarkKey;
import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Recommendation;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer benchmarks from the benchmark counts ({@code statistic_benchmark}): a few rows per scope,
 * whatever the number of assessments. The pool holds one assessment per re-assessment chain (its
 * latest complete one), only those made for a company or with consent, and of the same catalogue
 * version as the assessment (so that needs and touchpoints mean the same). The assessment's own
 * chain, and every chain of its company, are taken back out before anything is counted or shown.
 */
@Service
class StatisticPeerBenchmarks implements PeerBenchmarks {

    private final JdbcTemplate jdbc;
    private final StatisticTables tables;

    StatisticPeerBenchmarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tables = new StatisticTables(jdbc);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PeerBenchmark> of(Assessment assessment) {
        if (!assessment.isComplete()) {
            return Optional.empty();
        }
        Catalog catalog = assessment.catalog();
        StatisticFacts own = tables.facts(List.of(assessment.id())).get(assessment.id());
        List<StatisticFacts> excluded = own == null
                ? List.of()
                : tables.benchmarkFacts(own.chainId(), own.companyId());
        String industry = assessment.profile().industryCode();
        String size = assessment.profile().sizeClassId();
        List<Scope> scopes = new ArrayList<>();
        if (industry != null && size != null) {
            scopes.add(new Scope(PeerBenchmark.Scope.INDUSTRY_SIZE, industry, size));
        }
        if (size != null) {
            scopes.add(new Scope(PeerBenchmark.Scope.SIZE, StatisticTally.ANY, size));
        }
        scopes.add(new Scope(PeerBenchmark.Scope.ALL, StatisticTally.ANY, StatisticTally.ANY));
        for (Scope scope : scopes) {
            Map<BenchmarkKey, Long> counts = counts(catalog, scope, excluded);
            long n = counts.getOrDefault(key(catalog, scope, StatisticTally.ASSESSMENTS, "", ""), 0L);
            if (n >= PeerBenchmark.MINIMUM) {
                return Optional.of(benchmark(catalog, scope, counts, n));
            }
        }
        return Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean madeByAdvisor(Assessment assessment) {
        StatisticFacts facts = tables.facts(List.of(assessment.id())).get(assessment.id());
        return facts != null && facts.companyId() != null;
    }

    private record Scope(PeerBenchmark.Scope kind, String industry, String sizeClass) {}

    /** The scope's counts with the excluded assessments taken out. */
    private Map<BenchmarkKey, Long> counts(Catalog catalog, Scope scope, List<StatisticFacts> excluded) {
        Map<BenchmarkKey, Long> counts = new HashMap<>();
        jdbc.query("SELECT measure, item, item_value, n FROM statistic_benchmark"
                        + " WHERE catalog_id = ? AND industry = ? AND size_class = ?",
                rs -> {
                    counts.put(key(catalog, scope, rs.getString(1).charAt(0), rs.getString(2), rs.getString(3)),
                            rs.getLong(4));
                },
                catalog.id(), scope.industry(), scope.sizeClass());
        StatisticTally out = new StatisticTally();
        excluded.stream().filter(f -> f.catalogId().equals(catalog.id())).forEach(f -> out.benchmark(f, catalog, -1));
        for (Map.Entry<BenchmarkKey, Long> change : out.benchmarks()) {
            BenchmarkKey k = change.getKey();
            if (k.industry().equals(scope.industry()) && k.sizeClass().equals(scope.sizeClass())) {
                counts.merge(k, change.getValue(), Long::sum);
            }
        }
        return counts;
    }

    private static PeerBenchmark benchmark(Catalog catalog, Scope scope, Map<BenchmarkKey, Long> counts, long n) {
        List<AnswerLevel> levels = new ArrayList<>(catalog.levels());
        levels.sort(Comparator.comparingInt(AnswerLevel::points));
        int[] points = levels.stream().mapToInt(AnswerLevel::points).toArray();
        Map<String, PeerBenchmark.Quartiles> needs = new LinkedHashMap<>();
        for (Question question : catalog.questions()) {
            long[] byLevel = new long[levels.size()];
            for (int i = 0; i < levels.size(); i++) {
                byLevel[i] = counts.getOrDefault(
                        key(catalog, scope, StatisticTally.ANSWER, question.id(), levels.get(i).id()), 0L);
            }
            needs.put(question.id(), PeerBenchmark.Quartiles.of(points, byLevel));
        }
        List<Recommendation> recommended = recommendedAtLeast(catalog);
        Map<String, BigDecimal> touchpoints = new LinkedHashMap<>();
        for (Touchpoint touchpoint : catalog.touchpoints()) {
            long reached = 0;
            for (Recommendation recommendation : recommended) {
                reached += counts.getOrDefault(key(catalog, scope, StatisticTally.RECOMMENDATION, touchpoint.id(),
                        recommendation.id()), 0L);
            }
            touchpoints.put(touchpoint.id(), BigDecimal.valueOf(reached).divide(BigDecimal.valueOf(n), 3, RoundingMode.HALF_UP));
        }
        return new PeerBenchmark(scope.kind(), n, needs, touchpoints);
    }

    /** The recommendations at least as good as {@value GapAnalysis#RECOMMENDED_FROM} (best first in the catalogue). */
    static List<Recommendation> recommendedAtLeast(Catalog catalog) {
        List<Recommendation> all = catalog.recommendations();
        Recommendation threshold = catalog.recommendation(GapAnalysis.RECOMMENDED_FROM)
                .orElseThrow(() -> new IllegalStateException("catalogue " + catalog.id() + " lacks "
                        + GapAnalysis.RECOMMENDED_FROM));
        return all.stream().filter(r -> r.minimumPercent() >= threshold.minimumPercent()).toList();
    }

    private static BenchmarkKey key(Catalog catalog, Scope scope, char measure, String item, String value) {
        return new BenchmarkKey(catalog.id(), scope.industry(), scope.sizeClass(), measure, item, value);
    }
}
