package de.kundenkontakt.quickcheck.app.assessment.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A company profile as the API takes and returns it: ids only, so that a response's profile can be
 * sent back unchanged. Every part is optional (null). Immutable.
 *
 * @param companyName the company name, up to 120 characters without line breaks
 * @param industry the WZ 2008 section code, "A" to "U"
 * @param sizeClass the number of employees: "1-9", "10-49", "50-249" or "250+"
 * @param region a Bundesland ("DE-BW" … "DE-TH", ISO 3166-2), "AT", "CH" or "other"
 * @param market whom the company sells to: "b2b", "b2c" or "both"
 */
@JsonPropertyOrder({"companyName", "industry", "sizeClass", "region", "market"})
public record ProfileJson(
        @Schema(nullable = true) String companyName,
        @Schema(nullable = true) String industry,
        @Schema(nullable = true) String sizeClass,
        @Schema(nullable = true) String region,
        @Schema(nullable = true) String market) {}
