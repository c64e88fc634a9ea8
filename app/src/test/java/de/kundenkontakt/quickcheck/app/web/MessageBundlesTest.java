package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"common", "questionnaire", "result"})
    void hasTheSameKeysInGermanDefaultGermanAndEnglish(String bundle) throws IOException {
        Properties fallback = load(bundle);
        Properties german = load(bundle + "_de");
        Properties english = load(bundle + "_en");

        assertThat(german.keySet()).isEqualTo(fallback.keySet());
        assertThat(english.keySet()).isEqualTo(fallback.keySet());
        assertThat(german).isEqualTo(fallback);
        english.forEach((key, value) -> assertThat((String) value).as(key.toString()).isNotBlank());
    }
}
