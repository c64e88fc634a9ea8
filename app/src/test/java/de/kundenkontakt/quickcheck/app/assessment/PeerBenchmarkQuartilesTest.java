package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quartiles of the peer benchmark (linear interpolation between the nearest ranks), against
 * examples computed by hand.
 */
class PeerBenchmarkQuartilesTest {

    private static final int[] POINTS = {0, 2, 4, 6};

    @Test
    void interpolatesBetweenTheNearestRanks() {
        // 0, 0, 0, 2, 2, 4, 4, 4, 6, 6: h = 9p gives 2.25, 4.5 and 6.75.
        // q1 = x2 + 0.25 (x3 - x2) = 0 + 0.25 * 2 = 0.5; median = x4 + 0.5 (x5 - x4) = 2 + 1 = 3;
        // q3 = x6 + 0.75 (x7 - x6) = 4.
        assertThat(quartiles(3, 2, 3, 2)).containsExactly("0.50", "3.00", "4.00");
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
        // 0, 2, 6: h = 2p gives 0.5, 1 and 1.5: q1 = 0 + 0.5 * 2 = 1, median 2, q3 = 2 + 0.5 * 4 = 4.
        assertThat(quartiles(1, 1, 0, 1)).containsExactly("1.00", "2.00", "4.00");
        // 0, 0, 0, 0, 0, 0, 2 (n = 7): h = 6p gives 1.5, 3, 4.5: all 0.
        assertThat(quartiles(6, 1, 0, 0)).containsExactly("0.00", "0.00", "0.00");
        // 0, 2, 2, 6, 6, 6 (n = 6): h = 5p gives 1.25, 2.5, 3.75:
        // q1 = 2 + 0.25 * 0 = 2; median = 2 + 0.5 * 4 = 4; q3 = 6.
        assertThat(quartiles(1, 2, 0, 3)).containsExactly("2.00", "4.00", "6.00");
        // 2, 4, 4, 4, 6 ... n = 8: 0, 2, 4, 4, 4, 4, 6, 6: h = 7p gives 1.75, 3.5, 5.25:
        // q1 = 2 + 0.75 * 2 = 3.5; median = 4; q3 = 4 + 0.25 * 2 = 4.5.
        assertThat(quartiles(1, 1, 4, 2)).containsExactly("3.50", "4.00", "4.50");
    }

    @Test
    void oneValueIsEveryQuartile() {
        assertThat(quartiles(0, 0, 1, 0)).containsExactly("4.00", "4.00", "4.00");
    }

    @Test
    void refusesNoValuesAndUnsortedPoints() {
        assertThatThrownBy(() -> PeerBenchmark.Quartiles.of(POINTS, new long[] {0, 0, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeerBenchmark.Quartiles.of(new int[] {2, 0}, new long[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> quartiles(long... counts) {
        PeerBenchmark.Quartiles q = PeerBenchmark.Quartiles.of(POINTS, counts);
        return List.of(q.q1(), q.median(), q.q3()).stream().map(BigDecimal::toPlainString).toList();
    }
}
