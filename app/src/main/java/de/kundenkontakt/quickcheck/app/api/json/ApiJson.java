package de.kundenkontakt.quickcheck.app.api.json;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON settings that requests are read and responses written with outside Spring (the CLI). */
public final class ApiJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ApiJson() {}

    /** The shared mapper: duplicate keys and trailing content are errors; immutable and thread-safe. */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}
