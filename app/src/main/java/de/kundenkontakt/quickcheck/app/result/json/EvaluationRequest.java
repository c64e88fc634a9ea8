package de.kundenkontakt.quickcheck.app.result.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The body of an evaluation request; {@link EvaluationRequestReader} reads and checks it, this
 * record documents its shape (OpenAPI) and lets Java clients write one. Immutable.
 *
 * @param catalog the catalogue id, such as "2022"; null for the default catalogue
 * @param answers the level id chosen for every question id of the catalogue, not null
 */
@JsonPropertyOrder({"catalog", "answers"})
public record EvaluationRequest(String catalog, Map<String, String> answers) {

    /** A complete request for catalogue 2022, without the closing brace, for the API's examples to extend. */
    public static final String EXAMPLE_START = """
            {"catalog": "2022", "answers": {"synchrone-kommunikation": "wichtig", "verfuegbarkeit-24-7": "sehr-wichtig", \
            "reichweite": "sehr-wichtig", "kosten-zeitersparnis": "wichtig", "visualisierung": "weniger-wichtig", \
            "kundenbeziehung": "sehr-wichtig", "kundeninformationen": "wichtig", "absatzkanaele": "wichtig", \
            "glaubwuerdigkeit": "sehr-wichtig", "automatisierung-service": "weniger-wichtig", "kundenakquise": "sehr-wichtig", \
            "automatisierung-vertrieb": "unwichtig", "einstiegskosten": "wichtig", "laufende-kosten": "wichtig"}""";

    public EvaluationRequest {
        answers = answers == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
    }
}
