package de.kundenkontakt.quickcheck.app.result.json;

import de.kundenkontakt.quickcheck.app.api.json.InvalidRequestException;
import de.kundenkontakt.quickcheck.app.api.json.JsonBinding;
import de.kundenkontakt.quickcheck.app.api.json.RequestShape;
import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Reads an evaluation request, {@code {"catalog": "2022", "answers": {"<question>": "<level>", …}}},
 * into complete answers: Jackson binds it to an {@link EvaluationRequest}, Bean Validation checks
 * it against its catalogue, and every problem of either is reported. The REST API and the CLI both
 * use it, so both report the same problems. Immutable and thread-safe.
 */
public final class EvaluationRequestReader {

    private final Catalogs catalogs;
    private final Validator validator;
    private final RequestShape shape;

    /**
     * @param catalogs the known catalogues, not null
     * @param validator checks the bound request (Spring's in the server, a plain one in the CLI), not null
     */
    public EvaluationRequestReader(Catalogs catalogs, Validator validator) {
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.shape = new Shape(String.join(", ", catalogs.ids()), AnswersFitCatalogValidator.levels(catalogs.defaultCatalog()));
    }

    /**
     * Reads and checks a request given as text.
     *
     * @param defaultCatalog the catalogue for a request without "catalog", not null
     * @throws InvalidRequestException naming every problem found
     */
    public Answers read(String json, Catalog defaultCatalog) {
        return read(JsonBinding.parse(json), defaultCatalog);
    }

    /**
     * Reads and checks a request given as bytes (UTF-8, or UTF-16/32 with the usual detection).
     *
     * @param defaultCatalog the catalogue for a request without "catalog", not null
     * @throws InvalidRequestException naming every problem found
     */
    public Answers read(byte[] json, Catalog defaultCatalog) {
        return read(JsonBinding.parse(json), defaultCatalog);
    }

    private Answers read(JsonNode tree, Catalog defaultCatalog) {
        EvaluationRequest request = JsonBinding.bind(
                        tree, EvaluationRequest.class, shape, RequestedCatalog.attributes(catalogs, defaultCatalog))
                .validatedWith(validator);
        return Answers.complete(request.catalog().orElseThrow(), request.answers());
    }

    /** Names the problems of an evaluation request's shape. */
    private record Shape(String knownCatalogs, String levels) implements RequestShape {

        @Override
        public FieldProblem wrongType(List<String> path) {
            if (path.isEmpty()) {
                return FieldProblem.of("body", "body.not-object");
            }
            if (path.size() > 1) {
                return FieldProblem.of(String.join(".", path), "level.not-string", levels);
            }
            return path.get(0).equals("catalog")
                    ? FieldProblem.of("catalog", "catalog.not-string", knownCatalogs)
                    : FieldProblem.of("answers", "answers.not-object");
        }

        @Override
        public FieldProblem unknownValue(List<String> path, String value) {
            return FieldProblem.of("catalog", "catalog.unknown", value, knownCatalogs);
        }

        @Override
        public FieldProblem unknownField(Class<?> owner, String name) {
            return FieldProblem.of(name, "field.unknown");
        }
    }
}
