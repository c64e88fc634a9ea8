package de.kundenkontakt.quickcheck.app.result.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.kundenkontakt.quickcheck.engine.Catalog;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of an evaluation request, as {@link EvaluationRequestReader} binds it (and OpenAPI
 * documents it). Immutable.
 *
 * @param catalog the catalogue named by id, such as "2022", or the default one; empty when the id
 *     was not a string or named no catalogue
 * @param answers the level id chosen for every question id of the catalogue; a null level was not
 *     a string; null when missing
 */
@JsonPropertyOrder({"catalog", "answers"})
@AnswersFitCatalog
public record EvaluationRequest(
        @Schema(implementation = String.class) @JsonDeserialize(using = RequestedCatalog.class) Optional<Catalog> catalog,
        @NotNull(message = "answers.missing") Map<String, String> answers)
        implements AnswerSet {

    /** A complete request for catalogue 2022, without the closing brace, for the API's examples to extend. */
    public static final String EXAMPLE_START = """
            {"catalog": "2022", "answers": {"synchrone-kommunikation": "wichtig", "verfuegbarkeit-24-7": "sehr-wichtig", \
            "reichweite": "sehr-wichtig", "kosten-zeitersparnis": "wichtig", "visualisierung": "weniger-wichtig", \
            "kundenbeziehung": "sehr-wichtig", "kundeninformationen": "wichtig", "absatzkanaele": "wichtig", \
            "glaubwuerdigkeit": "sehr-wichtig", "automatisierung-service": "weniger-wichtig", "kundenakquise": "sehr-wichtig", \
            "automatisierung-vertrieb": "unwichtig", "einstiegskosten": "wichtig", "laufende-kosten": "wichtig"}""";

    @Override
    public boolean allAnswersRequired() {
        return true;
    }
}
