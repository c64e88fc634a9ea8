package de.kundenkontakt.quickcheck.app.api;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds real responses of the API against its OpenAPI 3.1 document: the operation (method and
 * path template) must be documented, and so must the status, the content type and, for JSON
 * bodies, the schema, which the body must satisfy; documented headers must be sent when required
 * and fit their schemas (JSON Schema 2020-12 with the OpenAPI 3.1
 * dialect); a request body that the server accepted must fit the documented request body. Remembers
 * which operation and status each response exercised, so that a test can
 * demand that every documented response was seen at least once. Not thread-safe.
 */
public final class OpenApiContract {

    /** Where the document is registered for resolving its {@code $ref}s; never fetched. */
    private static final String BASE = "https://quickcheck.invalid/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final Set<String> documented = new TreeSet<>();
    private final Set<String> exercised = new TreeSet<>();
    private int loaded;

    /** One response as the server sent it. */
    public record Exchange(String method, String path, int status, String contentType, Map<String, List<String>> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The start of a text body, for messages; binary bodies only by their length. */
        String excerpt() {
            if (contentType != null && !contentType.contains("json") && !contentType.startsWith("text/")) {
                return "(" + body.length + " bytes of " + contentType + ")";
            }
            String text = text();
            return text.length() <= 300 ? text : text.substring(0, 300) + "…";
        }
    }

    public OpenApiContract(String json) {
        this.document = JsonMapper.shared().readTree(json);
        this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(BASE, json)));
        forEachOperation((path, method, operation) -> operation.path("responses").propertyNames()
                .forEach(status -> documented.add(key(method, path, status))));
    }

    /** The document as parsed JSON. */
    public JsonNode document() {
        return document;
    }

    /**
     * The problems of one response against the document; empty when it conforms. A response of an
     * undocumented method on a documented path (405) or of an undocumented path (404) must be a
     * problem document that satisfies {@code #/components/schemas/Problem}, and a 405 must name
     * in {@code Allow} exactly the documented methods of its path (and HEAD with GET).
     */
    public List<String> problemsOf(Exchange exchange) {
        List<String> problems = new ArrayList<>();
        String what = exchange.method() + " " + exchange.path() + " -> " + exchange.status();
        String template = template(exchange.path());
        JsonNode pathItem = template == null ? null : document.path("paths").path(template);
        JsonNode operation = pathItem == null ? null : pathItem.path(exchange.method().toLowerCase(Locale.ROOT));
        if (operation == null || operation.isMissingNode()) {
            if (template != null && exchange.status() == 405) {
                Set<String> allowed = new TreeSet<>();
                pathItem.propertyNames().stream().filter(METHODS::contains)
                        .forEach(m -> allowed.add(m.toUpperCase(Locale.ROOT)));
                if (allowed.contains("GET")) {
                    allowed.add("HEAD");
                }
                Set<String> sent = new TreeSet<>();
                exchange.headers().getOrDefault("allow", List.of())
                        .forEach(v -> List.of(v.split(",")).forEach(m -> sent.add(m.strip())));
                if (!sent.equals(allowed)) {
                    problems.add(what + ": Allow " + sent + " but the document has " + allowed);
                }
            } else if (template != null || exchange.status() != 404) {
                problems.add(what + ": no such operation in the document");
                return problems;
            }
            exercised.add(key("*", template == null ? "(undocumented path)" : template, String.valueOf(exchange.status())));
            checkBody(what, "application/problem+json", schemaAt("/components/schemas/Problem"), exchange, problems);
            return problems;
        }
        String status = String.valueOf(exchange.status());
        JsonNode response = operation.path("responses").path(status);
        if (response.isMissingNode()) {
            problems.add(what + ": status not documented for this operation (documented: "
                    + operation.path("responses").propertyNames() + ")");
            return problems;
        }
        exercised.add(key(exchange.method().toLowerCase(Locale.ROOT), template, status));
        response = resolve(response);
        checkHeaders(what, response.path("headers"), exchange, problems);
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (exchange.body().length > 0) {
                problems.add(what + ": documented without content but sent " + exchange.body().length + " bytes");
            }
            return problems;
        }
        String type = exchange.contentType() == null ? "" : exchange.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        JsonNode media = content.path(type);
        if (media.isMissingNode()) {
            problems.add(what + ": Content-Type " + type + " not documented (documented: " + content.propertyNames() + ")");
            return problems;
        }
        checkBody(what, type, media.path("schema"), exchange, problems);
        return problems;
    }

    /**
     * The problems of a request body that the server accepted (answered with 2xx): its content type
     * must be documented for the operation and the body must satisfy the documented schema.
     */
    public List<String> requestProblemsOf(String method, String path, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        String what = method + " " + path + " request";
        String template = template(path);
        JsonNode operation = template == null
                ? null : document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        if (operation == null || operation.isMissingNode()) {
            return problems;
        }
        JsonNode content = resolve(operation.path("requestBody")).path("content");
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        JsonNode media = content.path(type);
        if (media.isMissingNode()) {
            problems.add(what + ": accepted Content-Type " + type + " is not documented (documented: "
                    + content.propertyNames() + ")");
            return problems;
        }
        validate(what, media.path("schema"), body.getBytes(StandardCharsets.UTF_8), problems);
        return problems;
    }

    /** Documented responses ("method path status") that no checked exchange has exercised. */
    public Set<String> unexercised() {
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(exercised);
        return missing;
    }

    /** Every documented response, as "method path status". */
    public Set<String> documented() {
        return Set.copyOf(documented);
    }

    /**
     * Each documented response header: present when required, and its value fits its schema (a
     * value whose schema is a number or an integer is read as a JSON number).
     */
    private void checkHeaders(String what, JsonNode headers, Exchange exchange, List<String> problems) {
        for (Map.Entry<String, JsonNode> documentedHeader : headers.properties()) {
            JsonNode header = resolve(documentedHeader.getValue());
            String name = documentedHeader.getKey();
            List<String> values = exchange.headers().getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            if (values.isEmpty()) {
                if (header.path("required").asBoolean(false)) {
                    problems.add(what + ": required header " + name + " missing");
                }
                continue;
            }
            JsonNode schema = header.path("schema");
            if (schema.isMissingNode()) {
                continue;
            }
            boolean numeric = schema.path("type").toString().contains("integer") || schema.path("type").toString().contains("number");
            for (String value : values) {
                String json = numeric && value.strip().matches("-?\\d+(\\.\\d+)?")
                        ? value.strip() : JsonMapper.shared().writeValueAsString(value);
                validate(what + " header " + name, schema, json.getBytes(StandardCharsets.UTF_8), problems);
            }
        }
    }

    private void checkBody(String what, String type, JsonNode schemaNode, Exchange exchange, List<String> problems) {
        if (schemaNode.isMissingNode()) {
            problems.add(what + ": no schema documented for " + type);
            return;
        }
        if (type.equals("application/json") || type.endsWith("+json")) {
            if (!exchange.contentType().toLowerCase(Locale.ROOT).startsWith(type)) {
                problems.add(what + ": Content-Type " + exchange.contentType() + " is not " + type);
            }
            validate(what, schemaNode, exchange.body(), problems);
        } else if (type.equals("application/pdf")) {
            if (!exchange.text().startsWith("%PDF-")) {
                problems.add(what + ": body is not a PDF");
            }
            if (!"binary".equals(schemaNode.path("format").asString(""))
                    && !"application/pdf".equals(schemaNode.path("contentMediaType").asString(""))) {
                problems.add(what + ": a PDF must be documented as binary, not " + schemaNode);
            }
        } else if (type.equals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
            if (!exchange.text().startsWith("PK")) {
                problems.add(what + ": body is not an XLSX (ZIP) file");
            }
            if (!"binary".equals(schemaNode.path("format").asString(""))) {
                problems.add(what + ": an XLSX file must be documented as binary, not " + schemaNode);
            }
        } else if (exchange.body().length == 0) {
            problems.add(what + ": empty " + type + " body");
        }
    }

    private void validate(String what, JsonNode schemaNode, byte[] json, List<String> problems) {
        JsonNode body;
        try {
            body = JsonMapper.shared().readTree(json);
        } catch (RuntimeException e) {
            problems.add(what + ": body is not JSON: " + e.getMessage());
            return;
        }
        // The schema, with its local references made absolute so they resolve in the whole document.
        String absolute = schemaNode.toString().replace("\"#/components/", "\"" + BASE + "#/components/");
        Schema schema = schemas.getSchema(SchemaLocation.of(BASE.replace("openapi", "schema-" + ++loaded)),
                JsonMapper.shared().readTree(absolute));
        for (Error error : schema.validate(body)) {
            problems.add(what + ": " + error.getInstanceLocation() + " " + error.getMessage());
        }
    }

    /** The path template that a concrete path falls under; literal segments win over parameters. */
    private String template(String path) {
        String best = null;
        int bestLiterals = -1;
        for (String candidate : document.path("paths").propertyNames()) {
            String regex = Pattern.quote(candidate).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                int literals = candidate.replaceAll("\\{[^}]+}", "").length();
                if (literals > bestLiterals) {
                    best = candidate;
                    bestLiterals = literals;
                }
            }
        }
        return best;
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.startsWith("#") ? schemaAt(ref.substring(1)) : node;
    }

    private JsonNode schemaAt(String pointer) {
        return document.at(pointer);
    }

    private interface OperationVisitor {
        void visit(String path, String method, JsonNode operation);
    }

    private void forEachOperation(OperationVisitor visitor) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : new LinkedHashSet<>(path.getValue().propertyNames())) {
                if (METHODS.contains(method)) {
                    visitor.visit(path.getKey(), method, path.getValue().path(method));
                }
            }
        }
    }

    private static String key(String method, String path, String status) {
        return method.toUpperCase(Locale.ROOT) + " " + path + " " + status;
    }
}
