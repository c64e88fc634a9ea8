package de.kundenkontakt.quickcheck.app.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class JsonMergePatchTest {

    /** The examples of RFC 7396, appendix A: target, patch, result. */
    static Stream<Arguments> rfcExamples() {
        return Stream.of(
                Arguments.of("{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}"),
                Arguments.of("{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}"),
                Arguments.of("{\"a\":\"b\"}", "{\"a\":null}", "{}"),
                Arguments.of("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}"),
                Arguments.of("{\"a\":[\"b\"]}", "{\"a\":\"c\"}", "{\"a\":\"c\"}"),
                Arguments.of("{\"a\":\"c\"}", "{\"a\":[\"b\"]}", "{\"a\":[\"b\"]}"),
                Arguments.of("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}", "{\"a\":{\"b\":\"d\"}}"),
                Arguments.of("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}", "{\"a\":[1]}"),
                Arguments.of("[\"a\",\"b\"]", "[\"c\",\"d\"]", "[\"c\",\"d\"]"),
                Arguments.of("{\"a\":\"b\"}", "[\"c\"]", "[\"c\"]"),
                Arguments.of("{\"a\":\"foo\"}", "null", "null"),
                Arguments.of("{\"a\":\"foo\"}", "\"bar\"", "\"bar\""),
                Arguments.of("{\"e\":null}", "{\"a\":1}", "{\"e\":null,\"a\":1}"),
                Arguments.of("[1,2]", "{\"a\":\"b\",\"c\":null}", "{\"a\":\"b\"}"),
                Arguments.of("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}"));
    }

    @ParameterizedTest
    @MethodSource("rfcExamples")
    void appliesEveryExampleOfTheRfc(String target, String patch, String result) {
        JsonNode targetNode = ApiJson.mapper().readTree(target);
        JsonNode patched = JsonMergePatch.apply(targetNode, ApiJson.mapper().readTree(patch));

        assertThat(patched).isEqualTo(ApiJson.mapper().readTree(result));
        assertThat(targetNode).as("target unchanged").isEqualTo(ApiJson.mapper().readTree(target));
    }
}
