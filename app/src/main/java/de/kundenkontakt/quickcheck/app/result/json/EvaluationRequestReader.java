package de.kundenkontakt.quickcheck.app.result.json;

import de.kundenkontakt.quickcheck.app.api.json.ApiJson;
import de.kundenkontakt.quickcheck.app.api.json.FieldProblem;
import de.kundenkontakt.quickcheck.app.api.json.InvalidRequestException;
import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.AnswerProblem;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads an evaluation request, {@code {"catalog": "2022", "answers": {"<question>": "<level>", …}}},
 * into complete answers, checking every field. The REST API and the CLI both use it, so both
 * report the same problems. Immutable and thread-safe.
 */
public final class EvaluationRequestReader {

    /** The top-level fields a request may have. */
    public static final Set<String> FIELDS = Set.of("catalog", "answers");

    private final Catalogs catalogs;

    /** A reader for the given catalogues, not null. */
    public EvaluationRequestReader(Catalogs catalogs) {
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
    }

    /**
     * Parses and checks a request.
     *
     * @param json the request text, not null
     * @param defaultCatalog the catalogue for a request without "catalog", not null
     * @throws InvalidRequestException naming every problem found
     */
    public Answers read(String json, Catalog defaultCatalog) {
        Objects.requireNonNull(json, "json");
        return read(parse(() -> ApiJson.mapper().readTree(json)), defaultCatalog);
    }

    /**
     * Parses and checks a request given as bytes (UTF-8, or UTF-16/32 with the usual detection).
     *
     * @param json the request body, not null
     * @param defaultCatalog the catalogue for a request without "catalog", not null
     * @throws InvalidRequestException naming every problem found
     */
    public Answers read(byte[] json, Catalog defaultCatalog) {
        Objects.requireNonNull(json, "json");
        return read(parse(() -> ApiJson.mapper().readTree(json)), defaultCatalog);
    }

    /**
     * The JSON tree {@code reading} parses; malformed JSON throws {@link InvalidRequestException} of
     * kind MALFORMED naming line and column.
     */
    public static JsonNode parse(java.util.function.Supplier<JsonNode> reading) {
        JsonNode root;
        try {
            root = reading.get();
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            String line = location == null ? "?" : String.valueOf(location.getLineNr());
            String column = location == null ? "?" : String.valueOf(location.getColumnNr());
            throw new InvalidRequestException(
                    InvalidRequestException.Kind.MALFORMED,
                    List.of(FieldProblem.of("body", "body.malformed", line, column)));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidRequestException(
                    InvalidRequestException.Kind.MALFORMED, List.of(FieldProblem.of("body", "body.empty")));
        }
        return root;
    }

    /**
     * Checks a parsed request.
     *
     * @param root the request, not null
     * @param defaultCatalog the catalogue for a request without "catalog", not null
     * @throws InvalidRequestException naming every problem found
     */
    public Answers read(JsonNode root, Catalog defaultCatalog) {
        Objects.requireNonNull(defaultCatalog, "defaultCatalog");
        if (!root.isObject()) {
            throw invalid(List.of(FieldProblem.of("body", "body.not-object")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                problems.add(FieldProblem.of(name, "field.unknown"));
            }
        }
        Optional<Catalog> catalog = catalog(root.get("catalog"), defaultCatalog, problems);
        Map<String, String> answers = answers(root.get("answers"), catalog, problems);
        if (catalog.isPresent() && answers != null) {
            try {
                Answers complete = Answers.complete(catalog.get(), answers);
                if (problems.isEmpty()) {
                    return complete;
                }
            } catch (InvalidAnswersException e) {
                for (AnswerProblem problem : e.problems()) {
                    String field = "answers." + problem.questionId();
                    // a question whose level had the wrong type is reported once, not also as missing
                    if (problems.stream().noneMatch(p -> p.field().equals(field))) {
                        problems.add(describe(problem, catalog.get()));
                    }
                }
            }
        }
        throw invalid(problems);
    }

    private Optional<Catalog> catalog(JsonNode node, Catalog defaultCatalog, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return Optional.of(defaultCatalog);
        }
        if (!node.isString()) {
            problems.add(FieldProblem.of("catalog", "catalog.not-string", known()));
            return Optional.empty();
        }
        Optional<Catalog> found = catalogs.find(node.asString());
        if (found.isEmpty()) {
            problems.add(FieldProblem.of("catalog", "catalog.unknown", node.asString(), known()));
        }
        return found;
    }

    private Map<String, String> answers(JsonNode node, Optional<Catalog> catalog, List<FieldProblem> problems) {
        String allowed = catalog.map(EvaluationRequestReader::levels).orElse("");
        if (node == null || node.isNull()) {
            problems.add(FieldProblem.of("answers", "answers.missing"));
            return null;
        }
        if (!node.isObject()) {
            problems.add(FieldProblem.of("answers", "answers.not-object"));
            return null;
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getValue().isString()) {
                answers.put(entry.getKey(), entry.getValue().asString());
            } else if (catalog.isPresent() && catalog.get().question(entry.getKey()).isEmpty()) {
                problems.add(FieldProblem.of(
                        "answers." + entry.getKey(), "question.unknown", entry.getKey(), catalog.get().id()));
            } else {
                problems.add(FieldProblem.of("answers." + entry.getKey(), "level.not-string", allowed));
            }
        }
        return answers;
    }

    /** The field problem of an engine answer problem, naming the allowed levels of {@code catalog}. */
    public static FieldProblem describe(AnswerProblem problem, Catalog catalog) {
        String field = "answers." + problem.questionId();
        return switch (problem.kind()) {
            case MISSING -> FieldProblem.of(field, "answer.missing", levels(catalog));
            case UNKNOWN_QUESTION -> FieldProblem.of(field, "question.unknown", problem.questionId(), catalog.id());
            case UNKNOWN_LEVEL -> FieldProblem.of(field, "level.unknown", problem.value(), levels(catalog));
        };
    }

    /** The level ids of {@code catalog}, comma-separated, for messages. */
    public static String levels(Catalog catalog) {
        return String.join(", ", catalog.levels().stream().map(AnswerLevel::id).toList());
    }

    private String known() {
        return String.join(", ", catalogs.ids());
    }

    private static InvalidRequestException invalid(List<FieldProblem> problems) {
        return new InvalidRequestException(InvalidRequestException.Kind.INVALID, problems);
    }
}
