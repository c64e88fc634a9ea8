package de.kundenkontakt.quickcheck.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
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
    void refusesAnUnknownKey() {
        assertThatThrownBy(() -> Texts.of(Locale.GERMAN).get("no.such.key"))
                .isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("no.such.key");
        assertThat(Texts.of(Locale.GERMAN).find("no.such.key")).isEmpty();
    }
}
