package de.kundenkontakt.quickcheck.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void findsTheKeysOfEveryBundleInOneLookup() {
        Texts english = Texts.of(Locale.ENGLISH);

        assertThat(english.get("error.level.unknown.short", "x")).isEqualTo("unknown level \"x\"");
        assertThat(english.get("error.try-help", "quickcheck")).isEqualTo("Help and an example: ./quickcheck --help");
        assertThat(english.get("result.why.none")).startsWith("This channel serves none");
        assertThat(english.find("assessment.notFound.heading")).contains("There is no assessment for this link");
    }

    @Test
    void givesGermanForEveryLanguageButEnglish() {
        assertThat(Texts.of(Locale.UK).language()).isEqualTo("en");
        assertThat(Texts.of(Locale.FRENCH).language()).isEqualTo("de");
        assertThat(Texts.of(null).language()).isEqualTo("de");
        assertThat(Texts.of(Locale.FRENCH).get("error.answer.missing.short")).isEqualTo("Frage nicht beantwortet");
    }

    @Test
    void usesATextWithoutArgumentsAsWrittenAndFormatsOneWithArguments() {
        // As Spring's MessageSource does: an apostrophe in a text without arguments stays.
        assertThat(Texts.of(Locale.ENGLISH).get("assessment.firstStep.online-messe")).contains("next year's");
        assertThat(Texts.of(Locale.GERMAN).get("error.level.unknown.short", "sehr")).isEqualTo("unbekannte Stufe \"sehr\"");
    }

    @Test
    void readsEveryBundleOfTheApplicationAndNoKeyTwice() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of("src", "main", "resources", "i18n"))) {
            files = list.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("[a-z-]+\\.properties"))
                    .map(name -> "i18n." + name.replace(".properties", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        // A new bundle must be added to Texts.BUNDLES, or neither pages nor CLI would find its texts.
        assertThat(Texts.BUNDLES).containsExactlyInAnyOrderElementsOf(files);
        Map<String, String> bundleOfKey = new HashMap<>();
        for (String bundle : Texts.BUNDLES) {
            for (String key : Texts.bundle(bundle, Locale.GERMAN).keySet()) {
                String before = bundleOfKey.put(key, bundle);
                assertThat(before).as(key + " is in " + before + " and " + bundle).isNull();
            }
        }
    }

    @Test
    void refusesAnUnknownKey() {
        assertThatThrownBy(() -> Texts.of(Locale.GERMAN).get("no.such.key"))
                .isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("no.such.key");
        assertThat(Texts.of(Locale.GERMAN).find("no.such.key")).isEmpty();
    }
}
