package de.kundenkontakt.quickcheck.app.api.json;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the API and the CLI from the bundle {@code i18n/api} (German default, English).
 * Every text is a {@link MessageFormat} pattern. Immutable and thread-safe.
 */
public final class ApiMessages {

    private static final String BUNDLE = "i18n.api";

    private final Locale locale;
    private final ResourceBundle bundle;

    private ApiMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts in German, or in English when the locale's language is English. */
    public static ApiMessages of(Locale locale) {
        return new ApiMessages("en".equals(language(locale)) ? Locale.ENGLISH : Locale.GERMAN);
    }

    /** "en" for an English locale, otherwise "de"; never null. */
    public static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "de";
    }

    /** The language of these texts, "de" or "en". */
    public String language() {
        return locale.getLanguage();
    }

    /** The locale of these texts, never null. */
    public Locale locale() {
        return locale;
    }

    /**
     * The text for the key with the arguments filled in.
     *
     * @throws MissingResourceException if the bundle has no such key
     */
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The text that describes a problem with one field. */
    public String describe(FieldProblem problem) {
        return get("error." + problem.code(), problem.args().toArray());
    }
}
