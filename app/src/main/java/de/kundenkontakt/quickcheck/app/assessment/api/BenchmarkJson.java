package de.kundenkontakt.quickcheck.app.assessment.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.kundenkontakt.quickcheck.app.assessment.PeerBenchmark;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The peer benchmark of a completed assessment in its JSON. Immutable.
 *
 * @param scope "industry-size" (same industry and size class), "size" (same size class) or "all"
 * @param count how many assessments it rests on (each re-assessment chain once, the company's own
 *     left out); at least 10
 * @param needs by question id, the quartiles of the points given (levels as points 0–6, see the
 *     catalogue's levels; linear interpolation between the nearest ranks, two decimals)
 * @param touchpoints by touchpoint id, the share (0 to 1, three decimals) of those assessments for
 *     which it was at least "empfehlenswert"
 */
@JsonPropertyOrder({"scope", "count", "needs", "touchpoints"})
@Schema(description = "How comparable companies answered (null below 10 comparable assessments)")
public record BenchmarkJson(
        @Schema(allowableValues = {"industry-size", "size", "all"}) String scope,
        long count,
        Map<String, Quartiles> needs,
        Map<String, Double> touchpoints) {

    public BenchmarkJson {
        needs = Collections.unmodifiableMap(new LinkedHashMap<>(needs));
        touchpoints = Collections.unmodifiableMap(new LinkedHashMap<>(touchpoints));
    }

    /** The quartiles of one need's points. */
    @JsonPropertyOrder({"q1", "median", "q3"})
    public record Quartiles(double q1, double median, double q3) {}

    static BenchmarkJson of(PeerBenchmark benchmark) {
        Map<String, Quartiles> needs = new LinkedHashMap<>();
        benchmark.needs().forEach((id, q) ->
                needs.put(id, new Quartiles(q.q1().doubleValue(), q.median().doubleValue(), q.q3().doubleValue())));
        Map<String, Double> touchpoints = new LinkedHashMap<>();
        benchmark.touchpoints().forEach((id, share) -> touchpoints.put(id, share.doubleValue()));
        return new BenchmarkJson(benchmark.scope().id(), benchmark.count(), needs, touchpoints);
    }
}
