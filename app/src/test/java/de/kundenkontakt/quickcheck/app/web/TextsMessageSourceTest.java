package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;

class TextsMessageSourceTest {

    private final TextsMessageSource messages = new TextsMessageSource();

    @Test
    void givesTheSameTextAsTheOneLookupForEveryKeyInBothLanguages() {
        for (String key : keys()) {
            for (Locale locale : new Locale[] {Locale.GERMAN, Locale.ENGLISH}) {
                assertThat(messages.getMessage(key, null, locale)).as(key).isEqualTo(Texts.of(locale).get(key));
            }
        }
    }

    @Test
    void formatsArgumentsAndFallsBackToTheDefaultMessage() {
        assertThat(messages.getMessage("error.level.unknown.short", new Object[] {"x"}, Locale.UK))
                .isEqualTo("unknown level \"x\"");
        assertThat(messages.getMessage("error.level.unknown.short", new Object[] {"x"}, Locale.GERMAN))
                .isEqualTo("unbekannte Stufe \"x\"");
        assertThat(messages.getMessage("no.such.key", null, "fallback", Locale.GERMAN)).isEqualTo("fallback");
        assertThatThrownBy(() -> messages.getMessage("no.such.key", null, Locale.GERMAN))
                .isInstanceOf(NoSuchMessageException.class);
    }

    private static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        for (String bundle : Texts.BUNDLES) {
            keys.addAll(Texts.bundle(bundle, Locale.GERMAN).keySet());
        }
        return keys;
    }
}
