package de.kundenkontakt.quickcheck.app.catalog.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * A whole catalogue: what to ask, how answers score and how touchpoints are weighted. Immutable.
 *
 * @param id the catalogue id
 * @param title the title in the response language
 * @param isDefault whether requests without "catalog" use it
 * @param language the language of texts, "de" or "en"
 * @param questions the questions in catalogue order
 * @param levels the answer levels from lowest to highest
 * @param recommendations the recommendation levels, highest threshold first
 * @param touchpoints the touchpoints in catalogue order, each with its weights
 */
@JsonPropertyOrder({"id", "title", "default", "language", "questions", "levels", "recommendations", "touchpoints"})
public record CatalogDetail(
        String id,
        String title,
        @JsonProperty("default") boolean isDefault,
        String language,
        List<QuestionJson> questions,
        List<LevelJson> levels,
        List<RecommendationJson> recommendations,
        List<TouchpointJson> touchpoints) {

    /** A question: id, topic and hint in the response language. */
    @JsonPropertyOrder({"id", "topic", "hint"})
    public record QuestionJson(String id, String topic, String hint) {}

    /** An answer level: id, points and label. */
    @JsonPropertyOrder({"id", "points", "label"})
    public record LevelJson(String id, int points, String label) {}

    /** A recommendation level: id, lowest percent (inclusive) and label. */
    @JsonPropertyOrder({"id", "minimumPercent", "label"})
    public record RecommendationJson(String id, int minimumPercent, String label) {}

    /**
     * A touchpoint with its AIDA(LA) phase ids and the weight (0..3) of each question id for it,
     * in question order.
     */
    @JsonPropertyOrder({"id", "name", "guideChapter", "phases", "weights"})
    public record TouchpointJson(
            String id, String name, String guideChapter, List<String> phases, Map<String, Integer> weights) {}
}
