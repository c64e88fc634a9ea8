package de.kundenkontakt.quickcheck.app.statistics.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.kundenkontakt.quickcheck.app.statistics.DashboardFigures;
import de.kundenkontakt.quickcheck.app.statistics.DashboardFilter;
import de.kundenkontakt.quickcheck.app.statistics.DashboardScope;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures as the workspace API returns them. Immutable.
 *
 * @param scope "own" (the companies of the token's consultant) or "all" (an administrator's token)
 * @param filter the period and filters counted, with the defaults filled in
 * @param assessments how many complete assessments are in scope
 * @param withCurrentState how many of them have a current state (the base of the gap counts)
 * @param months assessments per month, oldest first, every month of the period
 * @param needs by question id, the number of answers per level id
 * @param touchpoints by touchpoint id, the number of assessments per recommendation id
 * @param gaps by touchpoint id, how many assessments have it as a gap (at least "empfehlenswert",
 *     not in use)
 */
@JsonPropertyOrder({"scope", "filter", "assessments", "withCurrentState", "months", "needs", "touchpoints", "gaps"})
record StatisticsJson(
        @Schema(allowableValues = {"own", "all"}) String scope,
        Filter filter,
        long assessments,
        long withCurrentState,
        List<Month> months,
        Map<String, Map<String, Long>> needs,
        Map<String, Map<String, Long>> touchpoints,
        Map<String, Long> gaps) {

    /** The filter as counted; null parts were not set. */
    @JsonPropertyOrder({"from", "to", "industry", "sizeClass", "region", "catalog"})
    record Filter(
            @Schema(example = "2025-12") String from,
            @Schema(example = "2026-11") String to,
            @Schema(nullable = true) String industry,
            @Schema(nullable = true) String sizeClass,
            @Schema(nullable = true) String region,
            @Schema(nullable = true) String catalog) {}

    /** Complete assessments created in one month. */
    record Month(@Schema(example = "2026-03") String month, long assessments) {}

    static StatisticsJson of(DashboardScope scope, DashboardFigures figures) {
        DashboardFilter f = figures.filter();
        return new StatisticsJson(
                scope.all() ? "all" : "own",
                new Filter(f.from().toString(), f.to().toString(), f.industry(), f.sizeClass(), f.region(), f.catalogId()),
                figures.assessments(),
                figures.withCurrentState(),
                figures.months().stream().map(m -> new Month(m.month().toString(), m.assessments())).toList(),
                figures.answers(),
                figures.recommendations(),
                figures.gaps());
    }
}
