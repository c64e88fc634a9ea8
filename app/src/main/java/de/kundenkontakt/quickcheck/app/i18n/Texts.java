package de.kundenkontakt.quickcheck.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of one message bundle ({@code i18n/<name>}) in German, or in English for English
 * locales, read without Spring. Every text is a {@link MessageFormat} pattern. Immutable and
 * thread-safe.
 */
public final class Texts {

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(String bundle, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                bundle, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The texts of a bundle.
     *
     * @param bundle the bundle's base name, such as {@code "i18n.result"}, not null
     * @param locale the language wanted; anything but English gives German
     */
    public static Texts of(String bundle, Locale locale) {
        return new Texts(bundle, supported(locale));
    }

    /** English for an English locale, otherwise German; never null. */
    public static Locale supported(Locale locale) {
        return "en".equals(language(locale)) ? Locale.ENGLISH : Locale.GERMAN;
    }

    /** "en" for an English locale, otherwise "de"; never null. */
    public static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "de";
    }

    /** The locale of these texts: German or English; never null. */
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
}
