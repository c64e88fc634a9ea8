package de.kundenkontakt.quickcheck.app.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * How the research export coarsens the quasi-identifiers industry, size class and region so that
 * every combination it writes occurs at least {@value #K} times (k-anonymity).
 *
 * <p>Each quasi-identifier has three levels: 0 the value itself (such as "C" or "DE-BY"), 1 its
 * group from {@code statistics/research-groups.properties} (such as "C-E" or "DE-Sued"), 2 suppressed
 * ("*"); "not given" ("-") stays "-" on levels 0 and 1. The rule: of the 27 combinations of levels,
 * take the first, ordered by the sum of the levels and then by industry level and size level
 * (so region is coarsened first, size class last), under which the rows whose combination occurs
 * fewer than {@value #K} times are at most {@value #SUPPRESSION_PERCENT} % of all rows. Those rows get
 * "*" for all three; if fewer than {@value #K} rows end up with "*, *, *", they are left out. A pool
 * of fewer than {@value #K} rows is not exported at all.
 * Immutable and thread-safe.
 *
 * @param industry the industry level, 0–2
 * @param size the size class level, 0–2
 * @param region the region level, 0–2
 */
public record Generalisation(int industry, int size, int region) {

    /** The least number of rows each written combination has. */
    public static final int K = 10;

    /** The most rows (in percent) whose combination may be suppressed entirely. */
    public static final int SUPPRESSION_PERCENT = 5;

    /** The value of a suppressed quasi-identifier. */
    public static final String SUPPRESSED = "*";

    private static final Map<String, String> GROUPS = groups();

    /** One combination of the three quasi-identifiers. */
    public record Combination(String industry, String size, String region) {}

    /**
     * What the export writes: the levels, the combinations to suppress entirely and whether the
     * suppressed rows are left out.
     *
     * @param levels never null
     * @param suppressed combinations (after the levels) whose rows get "*, *, *"; never null
     * @param dropSuppressed whether those rows are left out (fewer than {@value #K} of them)
     * @param rows how many rows the pool has
     * @param suppressedRows how many rows are suppressed (and left out when {@code dropSuppressed})
     */
    public record Plan(Generalisation levels, java.util.Set<Combination> suppressed, boolean dropSuppressed, long rows,
            long suppressedRows) {

        /** The combination a row is written with, or null when the row is left out. */
        public Combination apply(String industry, String size, String region) {
            Combination coarse = levels.coarsen(industry, size, region);
            if (suppressed.contains(coarse)) {
                return dropSuppressed ? null : new Combination(SUPPRESSED, SUPPRESSED, SUPPRESSED);
            }
            return coarse;
        }

        /** How many rows the export writes. */
        public long writtenRows() {
            return dropSuppressed ? rows - suppressedRows : rows;
        }
    }

    /**
     * The plan for a pool given as row counts per exact combination.
     *
     * @param counts rows per combination of industry, size class and region ids ("-" not given)
     */
    public static Plan plan(Map<Combination, Long> counts) {
        long rows = counts.values().stream().mapToLong(Long::longValue).sum();
        if (rows < K) {
            Generalisation all = new Generalisation(2, 2, 2);
            return new Plan(all, java.util.Set.of(all.coarsen("-", "-", "-")), true, rows, rows);
        }
        for (Generalisation levels : lattice()) {
            Map<Combination, Long> coarse = new HashMap<>();
            counts.forEach((c, n) -> coarse.merge(levels.coarsen(c.industry(), c.size(), c.region()), n, Long::sum));
            java.util.Set<Combination> small = new java.util.HashSet<>();
            long smallRows = 0;
            for (Map.Entry<Combination, Long> e : coarse.entrySet()) {
                if (e.getValue() < K) {
                    small.add(e.getKey());
                    smallRows += e.getValue();
                }
            }
            if (smallRows * 100 <= rows * SUPPRESSION_PERCENT) {
                return new Plan(levels, small, smallRows < K, rows, smallRows);
            }
        }
        throw new IllegalStateException("the last level suppresses everything, so some level must fit");
    }

    /**
     * The groups of the second level of a quasi-identifier ("industry", "sizeClass" or "region"):
     * the values of each group, by group, in the order of the data file's values; never null.
     */
    public static Map<String, List<String>> groups(String dimension) {
        Map<String, List<String>> groups = new java.util.TreeMap<>();
        GROUPS.forEach((key, group) -> {
            if (key.startsWith(dimension + ".")) {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(key.substring(dimension.length() + 1));
            }
        });
        groups.values().forEach(values -> values.sort(Comparator.naturalOrder()));
        return groups;
    }

    /** All 27 levels in the order the rule tries them. */
    static List<Generalisation> lattice() {
        List<Generalisation> all = new ArrayList<>();
        for (int i = 0; i <= 2; i++) {
            for (int s = 0; s <= 2; s++) {
                for (int r = 0; r <= 2; r++) {
                    all.add(new Generalisation(i, s, r));
                }
            }
        }
        all.sort(Comparator.comparingInt((Generalisation g) -> g.industry + g.size + g.region)
                .thenComparingInt(Generalisation::industry)
                .thenComparingInt(Generalisation::size));
        return all;
    }

    /** The combination at these levels. */
    public Combination coarsen(String industryId, String sizeId, String regionId) {
        return new Combination(level("industry", industryId, industry), level("sizeClass", sizeId, size),
                level("region", regionId, region));
    }

    private static String level(String dimension, String value, int level) {
        Objects.requireNonNull(value, dimension);
        if (level == 2) {
            return SUPPRESSED;
        }
        if (level == 0 || value.equals(StatisticFacts.NOT_GIVEN)) {
            return value;
        }
        String group = GROUPS.get(dimension + "." + value);
        if (group == null) {
            throw new IllegalStateException("no group for " + dimension + " " + value + " in research-groups.properties");
        }
        return group;
    }

    private static Map<String, String> groups() {
        Properties properties = new Properties();
        try (InputStream in = Generalisation.class.getClassLoader().getResourceAsStream("statistics/research-groups.properties")) {
            if (in == null) {
                throw new IllegalStateException("statistics/research-groups.properties is missing");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> groups = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> groups.put(name, properties.getProperty(name)));
        return Map.copyOf(groups);
    }
}
