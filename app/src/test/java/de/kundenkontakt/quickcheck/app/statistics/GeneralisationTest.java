package de.kundenkontakt.quickcheck.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.statistics.Generalisation.Combination;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The k-anonymity rule of the research export, on pools worked out by hand. */
class GeneralisationTest {

    @Test
    void keepsExactValuesWhenEveryCombinationIsLargeEnough() {
        Generalisation.Plan plan = Generalisation.plan(Map.of(
                new Combination("C", "1-9", "DE-BY"), 10L, new Combination("G", "10-49", "-"), 25L));
        assertThat(plan.levels()).isEqualTo(new Generalisation(0, 0, 0));
        assertThat(plan.apply("G", "10-49", "-")).isEqualTo(new Combination("G", "10-49", "-"));
        assertThat(plan.writtenRows()).isEqualTo(35);
    }

    @Test
    void coarsensTheRegionFirstWhenThatIsEnough() {
        // Bavaria 6 + Baden-Württemberg 6 make 12 in the group DE-Sued; 100 more elsewhere.
        Generalisation.Plan plan = Generalisation.plan(Map.of(
                new Combination("C", "1-9", "DE-BY"), 6L, new Combination("C", "1-9", "DE-BW"), 6L,
                new Combination("C", "1-9", "DE-NW"), 100L));
        assertThat(plan.levels()).isEqualTo(new Generalisation(0, 0, 1));
        assertThat(plan.apply("C", "1-9", "DE-BY")).isEqualTo(new Combination("C", "1-9", "DE-Sued"));
        assertThat(plan.suppressed()).isEmpty();
    }

    @Test
    void suppressesAtMostFivePercentAndLeavesOutFewerThanTenStarredRows() {
        // 200 rows; 4 in a combination of their own even when coarsened: 2 % of the rows, so the
        // exact values stay and those 4 are left out (fewer than 10 would carry "*, *, *").
        Generalisation.Plan plan = Generalisation.plan(Map.of(
                new Combination("C", "1-9", "DE-BY"), 196L, new Combination("U", "250+", "CH"), 4L));
        assertThat(plan.levels()).isEqualTo(new Generalisation(0, 0, 0));
        assertThat(plan.apply("U", "250+", "CH")).isNull();
        assertThat(plan.writtenRows()).isEqualTo(196);
    }

    @Test
    void exportsNothingBelowTenRows() {
        Generalisation.Plan plan = Generalisation.plan(Map.of(new Combination("C", "1-9", "DE-BY"), 9L));
        assertThat(plan.writtenRows()).isZero();
        assertThat(plan.apply("C", "1-9", "DE-BY")).isNull();
    }

    @Test
    void everyWrittenCombinationHasAtLeastTenRowsOnAnAwkwardPool() {
        Map<Combination, Long> pool = Map.of(
                new Combination("A", "1-9", "DE-SH"), 3L, new Combination("B", "10-49", "DE-HH"), 4L,
                new Combination("C", "50-249", "DE-BE"), 5L, new Combination("F", "250+", "AT"), 6L,
                new Combination("G", "1-9", "DE-NW"), 7L, new Combination("-", "-", "-"), 8L);
        Generalisation.Plan plan = Generalisation.plan(pool);
        Map<Combination, Long> written = new java.util.HashMap<>();
        pool.forEach((c, n) -> {
            Combination out = plan.apply(c.industry(), c.size(), c.region());
            if (out != null) {
                written.merge(out, n, Long::sum);
            }
        });
        assertThat(written.values()).allMatch(n -> n >= Generalisation.K);
        assertThat(written.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(plan.writtenRows());
    }
}
