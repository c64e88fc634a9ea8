package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FirstStepTextsTest {

    @ParameterizedTest(name = "i18n/{0}.properties")
    @ValueSource(strings = {"assessment", "assessment_de", "assessment_en"})
    void everyTouchpointOfEveryCatalogueHasAFirstStep(String bundle) throws IOException {
        Properties texts = load(bundle);

        for (Catalog catalog : Catalogs.builtIn().all()) {
            for (Touchpoint touchpoint : catalog.touchpoints()) {
                String key = ActionItem.firstStepKey(touchpoint.id());
                assertThat(texts.getProperty(key)).as(bundle + ": " + key).isNotBlank().hasSizeGreaterThan(60);
            }
        }
    }

    @Test
    void germanAndEnglishHaveTheSameKeysAndDifferentTexts() throws IOException {
        Properties german = load("assessment");
        Properties english = load("assessment_en");

        assertThat(english.stringPropertyNames()).isEqualTo(german.stringPropertyNames());
        assertThat(load("assessment_de")).isEqualTo(german);
        assertThat(german.stringPropertyNames()).filteredOn(key -> key.startsWith("assessment.firstStep."))
                .hasSize(23)
                .allSatisfy(key -> assertThat(english.getProperty(key)).isNotEqualTo(german.getProperty(key)));
    }

    @Test
    void labelsEveryChoiceOfProfileAndCurrentState() throws IOException {
        for (Properties texts : new Properties[] {load("assessment"), load("assessment_en")}) {
            Stream.of(
                            Stream.of(Usage.values()).map(Usage::messageKey),
                            Stream.of(SizeClass.values()).map(SizeClass::messageKey),
                            Stream.of(Market.values()).map(Market::messageKey),
                            Stream.of(AssessmentProblem.Kind.values())
                                    .map(kind -> AssessmentProblem.ofProfile("x", kind, null).messageKey()))
                    .flatMap(s -> s)
                    .forEach(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FirstStepTextsTest.class.getClassLoader()
                .getResourceAsStream("i18n/" + bundle + ".properties")) {
            assertThat(in).as(bundle).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
