package de.kundenkontakt.quickcheck.app.result.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * One touchpoint's place in a ranking. Immutable.
 *
 * @param rank 1-based rank
 * @param touchpoint the touchpoint id, never null
 * @param name the touchpoint's name in the response language, never null
 * @param percent the percentage rounded half up to one decimal, always with one decimal (77.2, 100.0)
 * @param percentText the same as text, "77.2", never null
 * @param recommendation the recommendation id, never null
 * @param recommendationLabel the recommendation's label in the response language, never null
 * @param phases the ids of the customer-journey phases where the touchpoint fits, never null
 * @param contributions one entry per question in catalogue order; null (and left out of the JSON)
 *     only in the compact form without contributions
 */
@JsonPropertyOrder({
    "rank",
    "touchpoint",
    "name",
    "percent",
    "percentText",
    "recommendation",
    "recommendationLabel",
    "phases",
    "contributions"
})
public record RankedTouchpoint(
        int rank,
        String touchpoint,
        String name,
        BigDecimal percent,
        String percentText,
        String recommendation,
        String recommendationLabel,
        List<String> phases,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ContributionJson> contributions) {

    public RankedTouchpoint {
        phases = List.copyOf(phases);
        contributions = contributions == null ? null : List.copyOf(contributions);
    }

    /** The same place without the contributions, never null. */
    public RankedTouchpoint withoutContributions() {
        return new RankedTouchpoint(
                rank, touchpoint, name, percent, percentText, recommendation, recommendationLabel, phases, null);
    }
}
