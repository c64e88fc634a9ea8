package de.kundenkontakt.quickcheck.app.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;

/**
 * Writes into the OpenAPI document what every operation shares because one central piece of the
 * API does it, so that no controller has to repeat it and none can forget it:
 * <ul>
 *   <li>every 4xx response is {@code application/problem+json} with the schema {@code Problem}, the
 *       shape in which the one API advice writes every error (RFC 9457 with an {@code errors} list),
 *       whatever the operation answers on success; so an operation declares only the status and
 *       what it means;</li>
 *   <li>an operation that answers with JSON answers 406 when {@code Accept} rules JSON out;</li>
 *   <li>an operation with the {@code lang} parameter answers 400 for a value other than de or en;</li>
 *   <li>a property that refers to another schema and may be null is written as
 *       {@code anyOf: [{$ref}, {type: null}]}, because next to a {@code $ref} a type list with
 *       "null" would still demand the referenced object (JSON Schema 2020-12).</li>
 * </ul>
 * Runs after the features' own customizers, so that the rules hold for what they add too.
 * Immutable and thread-safe.
 */
final class OpenApiRules implements OpenApiCustomizer, Ordered {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(FIELD_ERROR, fieldError()).addSchemas(PROBLEM, problem());
        openApi.getComponents().getSchemas().values().forEach(OpenApiRules::nullableReferences);
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem path : openApi.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                ApiResponses responses = operation.getResponses();
                if (answersWithJson(responses)) {
                    responses.computeIfAbsent("406", status -> problemResponse(
                            "Accept allows no application/json (the errors of this operation come as "
                                    + "application/problem+json)"));
                }
                if (operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(p -> "query".equals(p.getIn()) && ApiArguments.LANG.equals(p.getName()))) {
                    ApiResponse badRequest = responses.get("400");
                    String language = "lang is neither de nor en";
                    if (badRequest == null) {
                        responses.addApiResponse("400", problemResponse(language));
                    } else if (!badRequest.getDescription().contains(language)) {
                        badRequest.setDescription(badRequest.getDescription() + "; or " + language);
                    }
                }
                sortByStatus(responses);
                responses.forEach(OpenApiRules::problemContent);
            }
        }
    }

    private static boolean answersWithJson(ApiResponses responses) {
        return responses.entrySet().stream()
                .filter(r -> r.getKey().startsWith("2"))
                .anyMatch(r -> r.getValue().getContent() != null && r.getValue().getContent().containsKey(JSON));
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description);
    }

    /** An error's content is the problem, never what the operation returns on success. */
    private static void problemContent(String status, ApiResponse response) {
        if (!status.startsWith("4")) {
            return;
        }
        MediaType problem = response.getContent() == null ? null : response.getContent().get(PROBLEM_JSON);
        if (problem == null) {
            problem = new MediaType();
            response.setContent(new Content().addMediaType(PROBLEM_JSON, problem));
        }
        if (problem.getSchema() == null) {
            problem.setSchema(reference(PROBLEM));
        }
    }

    private static void sortByStatus(ApiResponses responses) {
        Map<String, ApiResponse> sorted = new LinkedHashMap<>();
        responses.keySet().stream().sorted().forEach(status -> sorted.put(status, responses.get(status)));
        responses.clear();
        sorted.forEach(responses::addApiResponse);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullableReferences(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            Schema value = property.getValue();
            boolean nullable = Boolean.TRUE.equals(value.getNullable())
                    || (value.getTypes() != null && value.getTypes().contains("null"));
            if (value.get$ref() != null && nullable) {
                List<Schema> choices = new ArrayList<>();
                choices.add(new JsonSchema().$ref(value.get$ref()));
                choices.add(new JsonSchema().types(Set.of("null")));
                property.setValue(new JsonSchema().anyOf(choices).description(value.getDescription()));
            }
        }
    }

    private static Schema<?> fieldError() {
        return schema("object", "One field of the request that is not acceptable")
                .addProperty("field", schema("string", "Where in the request, such as answers.reichweite, profile.industry or body"))
                .addProperty("code", schema("string", "What is wrong, stable for programs, such as level.unknown"))
                .addProperty("message", schema("string", "What is wrong, for people, in the response language"))
                .required(List.of("field", "code", "message"));
    }

    private static Schema<?> problem() {
        return schema("object", "An error as RFC 9457 problem details, in the response language (Content-Language)")
                .addProperty("type", schema("string", "A URI naming the kind of problem; left out for about:blank"))
                .addProperty("title", schema("string", "Short summary of the kind of problem"))
                .addProperty("status", schema("integer", "The HTTP status"))
                .addProperty("detail", schema("string", "What went wrong with this request"))
                .addProperty("instance", schema("string", "The request path; a private token in it is shortened"))
                .addProperty("errors", schema("array", "Each field that is not acceptable (400 and 422)")
                        .items(reference(FIELD_ERROR)))
                .required(List.of("title", "status", "detail", "instance"));
    }

    /** A schema of one JSON type ("object", "string" ...) with its description. */
    private static Schema<?> schema(String type, String description) {
        return new JsonSchema().types(Set.of(type)).description(description);
    }

    /** A reference to one of the document's own schemas. */
    private static Schema<?> reference(String name) {
        return new JsonSchema().$ref("#/components/schemas/" + name);
    }
}
