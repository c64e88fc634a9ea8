package de.kundenkontakt.quickcheck.app.assessment.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The names of a profile's chosen values in the response language, null where nothing is chosen.
 * Immutable.
 *
 * @param industry the name of the WZ 2008 section, such as "Verarbeitendes Gewerbe"
 * @param sizeClass the size class in words, such as "10–49 Beschäftigte"
 * @param region the name of the Bundesland or country
 * @param market whom the company sells to, in words
 */
@JsonPropertyOrder({"industry", "sizeClass", "region", "market"})
public record ProfileLabels(
        @Schema(nullable = true) String industry,
        @Schema(nullable = true) String sizeClass,
        @Schema(nullable = true) String region,
        @Schema(nullable = true) String market) {

    /** The labels of {@code profile} in the language of {@code texts}; neither null. */
    public static ProfileLabels of(CompanyProfile profile, Texts texts) {
        String language = texts.language();
        return new ProfileLabels(
                profile.industry() == null ? null : profile.industry().name().in(language),
                profile.sizeClass() == null ? null : texts.get(profile.sizeClass().messageKey()),
                profile.region() == null ? null : profile.region().name().in(language),
                profile.market() == null ? null : texts.get(profile.market().messageKey()));
    }
}
