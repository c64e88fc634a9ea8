package de.kundenkontakt.quickcheck.app.api.json;

import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads request bodies with Jackson: parses the JSON, then binds it to a record, collecting every
 * value that does not fit (wrong JSON type, unknown value, unknown field) as a {@link FieldProblem}
 * instead of stopping at the first, through Jackson's {@link DeserializationProblemHandler}. A string
 * must be a JSON string and a flag a JSON boolean: Jackson would otherwise read {@code 3} as "3" where
 * a level id belongs. Free of Spring, so the CLI reads its lines the same way. Thread-safe.
 */
public final class JsonBinding {

    private static final String SHAPE = JsonBinding.class.getName() + ".shape";
    private static final String PROBLEMS = JsonBinding.class.getName() + ".problems";
    private static final String UNKNOWN_FIELDS = JsonBinding.class.getName() + ".unknown-fields";

    private static final JsonMapper MAPPER = ApiJson.mapper().rebuild()
            .addModule(new SimpleModule("strict-scalars")
                    .addDeserializer(String.class, new StrictString())
                    .addDeserializer(Boolean.class, new StrictBoolean()))
            .addHandler(new ProblemCollector())
            .build();

    private JsonBinding() {}

    /**
     * The JSON tree of a body (UTF-8, or UTF-16/32 with the usual detection).
     *
     * @throws InvalidRequestException of kind MALFORMED naming line and column, or saying the body is empty
     */
    public static JsonNode parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        return parse(() -> MAPPER.readTree(json));
    }

    /** The JSON tree of a text; see {@link #parse(byte[])}. */
    public static JsonNode parse(String json) {
        Objects.requireNonNull(json, "json");
        return parse(() -> MAPPER.readTree(json));
    }

    private static JsonNode parse(Supplier<JsonNode> reading) {
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
     * Binds a parsed body to {@code type}.
     *
     * @param tree the body, not null
     * @param shape names what does not fit, not null
     * @param attributes what the type's own deserializers need (such as the catalogues), not null
     * @return the record with every problem found, unknown fields first (Jackson meets them only after
     *     a record's own fields), then values in body order; the record is null when the body is not
     *     an object, or when Jackson refused a value outright (then its problem is the last)
     */
    public static <T> Bound<T> bind(JsonNode tree, Class<T> type, RequestShape shape, Map<?, ?> attributes) {
        List<FieldProblem> unknownFields = new ArrayList<>();
        List<FieldProblem> values = new ArrayList<>();
        Map<Object, Object> all = new HashMap<>(attributes);
        all.put(SHAPE, shape);
        all.put(UNKNOWN_FIELDS, unknownFields);
        all.put(PROBLEMS, values);
        T value;
        try {
            value = MAPPER.readerFor(type).withAttributes(all).readValue(tree);
        } catch (DatabindException e) {
            // A value Jackson refuses before asking the problem handler, such as "" where an object
            // belongs (a coercion it does not do): the same problem as any other value of the wrong type.
            values.add(shape.wrongType(path(e)));
            value = null;
        }
        if (value == null && unknownFields.isEmpty() && values.isEmpty()) {
            values.add(shape.wrongType(List.of()));
        }
        unknownFields.addAll(values);
        return new Bound<>(value, unknownFields);
    }

    /** The property names and map keys from the body down to where the parser stands. */
    static List<String> path(JsonParser parser) {
        List<String> path = new ArrayList<>();
        for (JsonPointer pointer = parser.streamReadContext().pathAsPointer(); !pointer.matches();
                pointer = pointer.tail()) {
            path.add(pointer.getMatchingProperty());
        }
        return path;
    }

    /** The property names, map keys and array indexes from the body down to where binding failed. */
    private static List<String> path(DatabindException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName() : String.valueOf(reference.getIndex()))
                .toList();
    }

    /** Records each problem through the request's shape and goes on with the next value. */
    private static final class ProblemCollector extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext context, JsonParser parser, ValueDeserializer<?> deserializer, Object bean,
                String name) {
            add(context, UNKNOWN_FIELDS, shape(context).unknownField(deserializer.handledType(), name));
            parser.skipChildren();
            return true;
        }

        @Override
        public Object handleUnexpectedToken(
                DeserializationContext context, JavaType type, JsonToken token, JsonParser parser, String message) {
            add(context, PROBLEMS, shape(context).wrongType(path(parser)));
            parser.skipChildren();
            return null;
        }

        @Override
        public Object handleMissingInstantiator(
                DeserializationContext context, Class<?> type, ValueInstantiator instantiator, JsonParser parser,
                String message) {
            add(context, PROBLEMS, shape(context).wrongType(path(parser)));
            parser.skipChildren();
            return null;
        }

        @Override
        public Object handleWeirdStringValue(
                DeserializationContext context, Class<?> type, String value, String message) {
            add(context, PROBLEMS, shape(context).unknownValue(path(context.getParser()), value));
            return null;
        }

        private static RequestShape shape(DeserializationContext context) {
            return (RequestShape) context.getAttribute(SHAPE);
        }

        @SuppressWarnings("unchecked")
        private static void add(DeserializationContext context, String list, FieldProblem problem) {
            ((List<FieldProblem>) context.getAttribute(list)).add(problem);
        }
    }

    /** A string only from a JSON string; anything else goes to the problem handler. */
    private static final class StrictString extends StdDeserializer<String> {
        StrictString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return parser.hasToken(JsonToken.VALUE_STRING)
                    ? parser.getString()
                    : (String) context.handleUnexpectedToken(String.class, parser);
        }
    }

    /** A flag only from JSON true or false; anything else goes to the problem handler. */
    private static final class StrictBoolean extends StdDeserializer<Boolean> {
        StrictBoolean() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_TRUE) || parser.hasToken(JsonToken.VALUE_FALSE)) {
                return parser.getBooleanValue();
            }
            return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
        }
    }
}
