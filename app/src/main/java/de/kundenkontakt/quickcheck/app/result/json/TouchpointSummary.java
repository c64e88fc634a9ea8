package de.kundenkontakt.quickcheck.app.result.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * A touchpoint's place in a ranking without the explanation: what a gap analysis lists, and the
 * first part of every {@link RankedTouchpoint}. Immutable.
 *
 * @param rank 1-based rank in the whole ranking
 * @param touchpoint the touchpoint id, never null
 * @param name the touchpoint's name in the response language, never null
 * @param percent the percentage rounded half up to one decimal, always with one decimal (77.2, 100.0)
 * @param percentText the same as text, "77.2", never null
 * @param recommendation the recommendation id, never null
 * @param recommendationLabel the recommendation's label in the response language, never null
 */
@JsonPropertyOrder({
    "rank",
    "touchpoint",
    "name",
    "percent",
    "percentText",
    "recommendation",
    "recommendationLabel"
})
public record TouchpointSummary(
        int rank,
        String touchpoint,
        String name,
        BigDecimal percent,
        String percentText,
        String recommendation,
        String recommendationLabel) {}
