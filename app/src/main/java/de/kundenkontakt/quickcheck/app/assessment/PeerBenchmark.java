package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.app.shared.PublicId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How comparable companies rated the needs and how often each touchpoint was recommended for them,
 * next to one completed assessment. Immutable and thread-safe.
 *
 * @param scope which companies count as comparable, never null
 * @param count how many assessments the figures rest on (each re-assessment chain once, the
 *     company's own left out); at least {@link #MINIMUM}
 * @param needs the quartiles of the points (0–6) given to each need, by question id in catalogue
 *     order; never null, unmodifiable
 * @param touchpoints by touchpoint id in catalogue order, the share (0 to 1, three decimals) of
 *     those assessments for which the touchpoint was at least {@value GapAnalysis#RECOMMENDED_FROM};
 *     never null, unmodifiable
 */
public record PeerBenchmark(Scope scope, long count, Map<String, Quartiles> needs, Map<String, BigDecimal> touchpoints) {

    /** The fewest comparable assessments a benchmark is shown for. */
    public static final int MINIMUM = 10;

    public PeerBenchmark {
        Objects.requireNonNull(scope, "scope");
        if (count < MINIMUM) {
            throw new IllegalArgumentException("a benchmark needs at least " + MINIMUM + " assessments, not " + count);
        }
        needs = Collections.unmodifiableMap(new LinkedHashMap<>(needs));
        touchpoints = Collections.unmodifiableMap(new LinkedHashMap<>(touchpoints));
    }

    /** Which companies count as comparable, from the closest to the widest; the API writes its {@link #id()}. */
    public enum Scope implements PublicId {
        /** The same industry and size class. */
        INDUSTRY_SIZE,
        /** The same size class, any industry. */
        SIZE,
        /** All companies. */
        ALL;
    }

    /**
     * The quartiles of points. Definition: linear interpolation between the two nearest ranks
     * (the "inclusive" quartile of spreadsheets, R's type 7): of the n values sorted ascending
     * x[0] … x[n−1], the p-quantile is x[⌊h⌋] + (h − ⌊h⌋) · (x[⌊h⌋+1] − x[⌊h⌋]) with h = (n − 1) · p;
     * rounded half up to two decimals. Immutable.
     *
     * @param q1 the first quartile (p = 0.25), never null
     * @param median the median (p = 0.5), never null
     * @param q3 the third quartile (p = 0.75), never null
     */
    public record Quartiles(BigDecimal q1, BigDecimal median, BigDecimal q3) {

        public Quartiles {
            Objects.requireNonNull(q1, "q1");
            Objects.requireNonNull(median, "median");
            Objects.requireNonNull(q3, "q3");
        }

        /**
         * The quartiles of values given as counts: {@code counts[i]} values equal {@code points[i]}.
         *
         * @param points ascending, not null
         * @param counts as long as {@code points}, none negative, sum at least 1
         */
        public static Quartiles of(int[] points, long[] counts) {
            if (points.length != counts.length) {
                throw new IllegalArgumentException("one count per point value");
            }
            long n = 0;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] < 0 || (i > 0 && points[i] <= points[i - 1])) {
                    throw new IllegalArgumentException("points must ascend and counts must not be negative");
                }
                n += counts[i];
            }
            if (n == 0) {
                throw new IllegalArgumentException("no values");
            }
            return new Quartiles(quantile(points, counts, n, 1, 4), quantile(points, counts, n, 1, 2),
                    quantile(points, counts, n, 3, 4));
        }

        /** The p-quantile for p = numerator / denominator, computed exactly before rounding. */
        private static BigDecimal quantile(int[] points, long[] counts, long n, int numerator, int denominator) {
            // h = (n - 1) * p = lower + fraction / denominator
            long scaled = (n - 1) * numerator;
            long lower = scaled / denominator;
            long fraction = scaled % denominator;
            int below = valueAt(points, counts, lower);
            if (fraction == 0) {
                return BigDecimal.valueOf(below).setScale(2, RoundingMode.HALF_UP);
            }
            int above = valueAt(points, counts, lower + 1);
            BigDecimal exact = BigDecimal.valueOf(below).add(BigDecimal.valueOf((long) (above - below) * fraction)
                    .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP));
            return exact.setScale(2, RoundingMode.HALF_UP);
        }

        /** The value at 0-based rank {@code rank} of the sorted values. */
        private static int valueAt(int[] points, long[] counts, long rank) {
            long seen = 0;
            for (int i = 0; i < points.length; i++) {
                seen += counts[i];
                if (rank < seen) {
                    return points[i];
                }
            }
            throw new IllegalArgumentException("rank " + rank + " beyond " + seen + " values");
        }
    }

    /** The share of the touchpoint with this id, empty if the catalogue has none such. */
    public Optional<BigDecimal> share(String touchpointId) {
        return Optional.ofNullable(touchpoints.get(touchpointId));
    }
}
