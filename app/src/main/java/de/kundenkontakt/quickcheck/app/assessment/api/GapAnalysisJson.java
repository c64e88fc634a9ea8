package de.kundenkontakt.quickcheck.app.assessment.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.kundenkontakt.quickcheck.app.result.json.TouchpointSummary;
import java.util.List;

/**
 * Where a company stands: its ranking held against its current state. Immutable.
 *
 * @param potential recommended (at least "empfehlenswert") but not used, best first; never null
 * @param planned recommended and marked planned, best first; never null
 * @param review in use but only "eher uninteressant": worth checking, best first; never null
 * @param inUse every touchpoint in use, best first; never null
 * @param uncoveredPhases ids of the customer-journey phases no touchpoint in use covers, in
 *     journey order; never null
 */
@JsonPropertyOrder({"potential", "planned", "review", "inUse", "uncoveredPhases"})
public record GapAnalysisJson(
        List<TouchpointSummary> potential,
        List<TouchpointSummary> planned,
        List<TouchpointSummary> review,
        List<TouchpointSummary> inUse,
        List<String> uncoveredPhases) {

    public GapAnalysisJson {
        potential = List.copyOf(potential);
        planned = List.copyOf(planned);
        review = List.copyOf(review);
        inUse = List.copyOf(inUse);
        uncoveredPhases = List.copyOf(uncoveredPhases);
    }
}
