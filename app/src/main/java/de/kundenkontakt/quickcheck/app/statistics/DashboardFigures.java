package de.kundenkontakt.quickcheck.app.statistics;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dashboard's figures: counts of complete assessments in one scope and filter. Items are in
 * catalogue order (that of the filter's catalogue, else the default one, then any others). Immutable.
 *
 * @param filter what was counted, never null
 * @param assessments how many complete assessments are in scope
 * @param withCurrentState how many of them have a current state (the base of the gap shares)
 * @param months assessments per month of the period, oldest first, every month; never null
 * @param answers by question id, the number of answers per level id (levels in catalogue order); never null
 * @param recommendations by touchpoint id, the number of assessments per recommendation id (best
 *     first); never null
 * @param gaps by touchpoint id, how many assessments have it as a gap: recommended at least
 *     "empfehlenswert" but not in use; never null
 */
public record DashboardFigures(
        DashboardFilter filter,
        long assessments,
        long withCurrentState,
        List<MonthCount> months,
        Map<String, Map<String, Long>> answers,
        Map<String, Map<String, Long>> recommendations,
        Map<String, Long> gaps) {

    public DashboardFigures {
        Objects.requireNonNull(filter, "filter");
        months = List.copyOf(months);
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        recommendations = Collections.unmodifiableMap(new LinkedHashMap<>(recommendations));
        gaps = Collections.unmodifiableMap(new LinkedHashMap<>(gaps));
    }

    /** Complete assessments created in one month. */
    public record MonthCount(YearMonth month, long assessments) {}
}
