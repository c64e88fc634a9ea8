package de.kundenkontakt.quickcheck.engine;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in German and English. Immutable and thread-safe.
 *
 * @param de the German text, not null
 * @param en the English text, not null
 */
public record LocalizedText(String de, String en) {

    public LocalizedText {
        Objects.requireNonNull(de, "de");
        Objects.requireNonNull(en, "en");
    }

    /** The text in the language of the locale; German unless the language is English. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : de;
    }

    /** The text in the language with this ISO code; German unless the code is "en". */
    public String in(String language) {
        return "en".equals(language) ? en : de;
    }
}
