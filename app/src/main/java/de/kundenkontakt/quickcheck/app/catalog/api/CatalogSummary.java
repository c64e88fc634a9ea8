package de.kundenkontakt.quickcheck.app.catalog.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One catalogue in the list of catalogues. Immutable.
 *
 * @param id the catalogue id, such as "2022"
 * @param title the title in the response language
 * @param isDefault whether requests without "catalog" use it
 * @param questions how many questions it has
 * @param touchpoints how many touchpoints it ranks
 * @param href the path of its details
 */
@JsonPropertyOrder({"id", "title", "default", "questions", "touchpoints", "href"})
public record CatalogSummary(
        String id,
        String title,
        @JsonProperty("default") boolean isDefault,
        int questions,
        int touchpoints,
        String href) {}
