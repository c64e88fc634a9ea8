package de.kundenkontakt.quickcheck.app.result.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One touchpoint's place in a ranking with what explains it. In JSON the summary's properties
 * stand first, side by side with {@code phases} and {@code contributions}. Immutable.
 *
 * @param summary rank, touchpoint, name, percentage and recommendation, never null
 * @param phases the ids of the customer-journey phases where the touchpoint fits, never null
 * @param contributions one entry per question in catalogue order; null (and left out of the JSON)
 *     only in the compact form without contributions
 */
@JsonPropertyOrder({"summary", "phases", "contributions"})
public record RankedTouchpoint(
        @JsonUnwrapped TouchpointSummary summary,
        List<String> phases,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ContributionJson> contributions) {

    public RankedTouchpoint {
        phases = List.copyOf(phases);
        contributions = contributions == null ? null : List.copyOf(contributions);
    }

    /** The same place without the contributions, never null. */
    public RankedTouchpoint withoutContributions() {
        return new RankedTouchpoint(summary, phases, null);
    }
}
