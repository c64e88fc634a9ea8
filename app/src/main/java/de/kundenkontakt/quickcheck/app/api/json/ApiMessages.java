package de.kundenkontakt.quickcheck.app.api.json;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * The texts of the API and the CLI from the bundle {@code i18n/api} (German default, English).
 * Every text is a {@link MessageFormat} pattern. Immutable and thread-safe.
 */
public final class ApiMessages {

    private final Texts texts;

    private ApiMessages(Texts texts) {
        this.texts = texts;
    }

    /** The texts in German, or in English when the locale's language is English. */
    public static ApiMessages of(Locale locale) {
        return new ApiMessages(Texts.of(locale));
    }

    /** The language of these texts, "de" or "en". */
    public String language() {
        return texts.locale().getLanguage();
    }

    /** The locale of these texts, never null. */
    public Locale locale() {
        return texts.locale();
    }

    /**
     * The text for the key with the arguments filled in.
     *
     * @throws MissingResourceException if the bundle has no such key
     */
    public String get(String key, Object... args) {
        return texts.get(key, args);
    }

    /** The text that describes a problem with one field. */
    public String describe(FieldProblem problem) {
        return get("error." + problem.code(), problem.args().toArray());
    }
}
