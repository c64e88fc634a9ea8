package de.kundenkontakt.quickcheck.app.result.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The result of one evaluation as the REST API returns it and the CLI prints it. Immutable.
 *
 * @param catalog the catalogue id, such as "2022", never null
 * @param language the language of names and labels, "de" or "en", never null
 * @param ranking every touchpoint, best first, never null
 */
@JsonPropertyOrder({"catalog", "language", "ranking"})
public record EvaluationResponse(String catalog, String language, List<RankedTouchpoint> ranking) {

    public EvaluationResponse {
        ranking = List.copyOf(ranking);
    }
}
