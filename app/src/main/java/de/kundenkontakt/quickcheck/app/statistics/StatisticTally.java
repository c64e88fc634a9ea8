package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Catalog;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to the summary counts ({@code statistic_count}, {@code statistic_benchmark}) collected
 * before they are written: what an assessment adds, or takes back out with sign -1. Not
 * thread-safe.
 */
public final class StatisticTally {

    /** The value of a profile column that a row sums over (a roll-up). */
    public static final String ANY = "*";

    /** Measure: complete assessments. */
    public static final char ASSESSMENTS = 'n';
    /** Measure: complete assessments with a current state (the base of gap shares). */
    public static final char WITH_STATE = 's';
    /** Measure: answers, by question and level. */
    public static final char ANSWER = 'a';
    /** Measure: recommendations, by touchpoint and recommendation. */
    public static final char RECOMMENDATION = 'r';
    /** Measure: gaps, by touchpoint. */
    public static final char GAP = 'g';

    /**
     * One row of {@code statistic_count}.
     *
     * @param item a question or touchpoint id, "" for the plain counts
     * @param value a level or recommendation id, "" where the measure has none
     */
    public record CountKey(
            String industry, String sizeClass, String region, LocalDate monthStart, String catalogId, char measure,
            String item, String value) {

        static final Comparator<CountKey> ORDER = Comparator.comparing(CountKey::industry)
                .thenComparing(CountKey::sizeClass)
                .thenComparing(CountKey::region)
                .thenComparing(CountKey::monthStart)
                .thenComparing(CountKey::catalogId)
                .thenComparing(CountKey::measure)
                .thenComparing(CountKey::item)
                .thenComparing(CountKey::value);
    }

    /** One row of {@code statistic_benchmark}; item and value as in {@link CountKey}. */
    public record BenchmarkKey(String catalogId, String industry, String sizeClass, char measure, String item, String value) {

        static final Comparator<BenchmarkKey> ORDER = Comparator.comparing(BenchmarkKey::catalogId)
                .thenComparing(BenchmarkKey::industry)
                .thenComparing(BenchmarkKey::sizeClass)
                .thenComparing(BenchmarkKey::measure)
                .thenComparing(BenchmarkKey::item)
                .thenComparing(BenchmarkKey::value);
    }

    private final Map<CountKey, Long> counts = new HashMap<>();
    private final Map<BenchmarkKey, Long> benchmarks = new HashMap<>();

    /**
     * Adds (sign 1) or takes back (sign -1) what a complete assessment contributes to the
     * dashboard's counts: every measure once over all profiles, once by its industry, once by its
     * size class and once by its region.
     */
    public void dashboard(StatisticFacts facts, Catalog catalog, int sign) {
        if (!facts.complete()) {
            return;
        }
        String[][] rollUps = {
            {ANY, ANY, ANY},
            {facts.industry(), ANY, ANY},
            {ANY, facts.sizeClass(), ANY},
            {ANY, ANY, facts.region()}
        };
        for (String[] profile : rollUps) {
            count(facts, profile, ASSESSMENTS, "", "", sign);
            if (facts.gaps() != null) {
                count(facts, profile, WITH_STATE, "", "", sign);
            }
            for (int q = 0; q < catalog.questions().size(); q++) {
                AnswerLevel level = facts.level(catalog, q);
                count(facts, profile, ANSWER, catalog.questions().get(q).id(), level.id(), sign);
            }
            for (int t = 0; t < catalog.touchpoints().size(); t++) {
                String touchpoint = catalog.touchpoints().get(t).id();
                count(facts, profile, RECOMMENDATION, touchpoint, facts.recommendation(catalog, t), sign);
                if (facts.gap(t)) {
                    count(facts, profile, GAP, touchpoint, "", sign);
                }
            }
        }
    }

    /**
     * Adds (sign 1) or takes back (sign -1) what an assessment counted for benchmarks contributes:
     * by industry and size class, by size class alone and over all.
     */
    public void benchmark(StatisticFacts facts, Catalog catalog, int sign) {
        if (!facts.benchmark()) {
            return;
        }
        String[][] rollUps = {{facts.industry(), facts.sizeClass()}, {ANY, facts.sizeClass()}, {ANY, ANY}};
        for (String[] profile : rollUps) {
            benchmark(facts, profile, ASSESSMENTS, "", "", sign);
            for (int q = 0; q < catalog.questions().size(); q++) {
                benchmark(facts, profile, ANSWER, catalog.questions().get(q).id(), facts.level(catalog, q).id(), sign);
            }
            for (int t = 0; t < catalog.touchpoints().size(); t++) {
                benchmark(facts, profile, RECOMMENDATION, catalog.touchpoints().get(t).id(),
                        facts.recommendation(catalog, t), sign);
            }
        }
    }

    /** The dashboard counts that change, in key order (the order rows are locked in); never null. */
    public List<Map.Entry<CountKey, Long>> counts() {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .sorted(Map.Entry.comparingByKey(CountKey.ORDER))
                .toList();
    }

    /** The benchmark counts that change, in key order; never null. */
    public List<Map.Entry<BenchmarkKey, Long>> benchmarks() {
        return benchmarks.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .sorted(Map.Entry.comparingByKey(BenchmarkKey.ORDER))
                .toList();
    }

    /** How many rows the collected changes touch. */
    public int size() {
        return counts.size() + benchmarks.size();
    }

    /** Forgets everything collected so far. */
    public void clear() {
        counts.clear();
        benchmarks.clear();
    }

    private void count(StatisticFacts facts, String[] profile, char measure, String item, String value, int sign) {
        counts.merge(new CountKey(profile[0], profile[1], profile[2], facts.monthStart(), facts.catalogId(), measure,
                item, value), (long) sign, Long::sum);
    }

    private void benchmark(StatisticFacts facts, String[] profile, char measure, String item, String value, int sign) {
        benchmarks.merge(new BenchmarkKey(facts.catalogId(), profile[0], profile[1], measure, item, value),
                (long) sign, Long::sum);
    }
}
