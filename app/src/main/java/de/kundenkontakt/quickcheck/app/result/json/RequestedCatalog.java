package de.kundenkontakt.quickcheck.app.result.json;

import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Binds the {@code catalog} of a request to the catalogue it names: left out or null, the reader's
 * default; an id that is not a string, or names no catalogue, goes to the problem handler and
 * binds as empty, so that nothing is checked against a catalogue nobody asked for.
 */
public final class RequestedCatalog extends StdDeserializer<Optional<Catalog>> {

    private static final String CATALOGS = RequestedCatalog.class.getName() + ".catalogs";
    private static final String DEFAULT = RequestedCatalog.class.getName() + ".default";

    public RequestedCatalog() {
        super(Optional.class);
    }

    /** The reader attributes this deserializer needs: the known catalogues and the default one. */
    public static Map<String, Object> attributes(Catalogs catalogs, Catalog defaultCatalog) {
        return Map.of(CATALOGS, catalogs, DEFAULT, defaultCatalog);
    }

    @Override
    public Optional<Catalog> deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            context.handleUnexpectedToken(Catalog.class, parser);
            return Optional.empty();
        }
        String id = parser.getString();
        Optional<Catalog> found = ((Catalogs) context.getAttribute(CATALOGS)).find(id);
        if (found.isEmpty()) {
            context.handleWeirdStringValue(Catalog.class, id, "unknown catalogue");
        }
        return found;
    }

    @Override
    public Optional<Catalog> getNullValue(DeserializationContext context) {
        return Optional.of((Catalog) context.getAttribute(DEFAULT));
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
        return getNullValue(context);
    }
}
