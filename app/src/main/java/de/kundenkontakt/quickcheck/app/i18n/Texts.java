package de.kundenkontakt.quickcheck.app.i18n;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The one text lookup of the application: every message bundle under {@code i18n/} in German, or in
 * English for English locales, read without Spring so that the command-line tool can use it too. The
 * pages' and the validator's Spring {@code MessageSource} is this lookup as well ({@code
 * web.TextsMessageSource}), so a key means the same text everywhere.
 *
 * <p>As with Spring's {@code MessageSource}, a text asked for without arguments is used as written;
 * with arguments it is a {@link MessageFormat} pattern (write an apostrophe as two there). Keys are
 * unique across the bundles; where one appeared twice, the bundle first in {@link #BUNDLES} would win.
 * Immutable and thread-safe.
 */
public final class Texts {

    /** The bundles, by base name. */
    public static final List<String> BUNDLES = List.of(
            "i18n.common", "i18n.questionnaire", "i18n.result", "i18n.api", "i18n.guide", "i18n.assessment",
            "i18n.account", "i18n.audit", "i18n.cli", "i18n.company", "i18n.statistics");

    private static final Texts GERMAN = new Texts(Locale.GERMAN);
    private static final Texts ENGLISH = new Texts(Locale.ENGLISH);

    private final Locale locale;
    private final Map<String, String> texts;

    private Texts(Locale locale) {
        this.locale = locale;
        Map<String, String> all = new HashMap<>();
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, locale);
            for (String key : bundle.keySet()) {
                all.putIfAbsent(key, bundle.getString(key));
            }
        }
        this.texts = Map.copyOf(all);
    }

    /**
     * The texts in a language.
     *
     * @param locale the language wanted, may be null; anything but English gives German
     */
    public static Texts of(Locale locale) {
        return "en".equals(language(locale)) ? ENGLISH : GERMAN;
    }

    /**
     * One bundle as a {@link ResourceBundle}, for a library that reads bundles itself (picocli's
     * usage help): German, or English for an English locale, with no fallback to the system's locale.
     *
     * @param name the bundle's base name, such as {@code "i18n.cli"}, not null
     */
    public static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(
                name,
                supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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

    /** The language of these texts, "de" or "en"; never null. */
    public String language() {
        return locale.getLanguage();
    }

    /** The text for the key as written (not formatted), if there is one. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /**
     * The text for the key: as written without arguments, else with the arguments filled in.
     *
     * @throws MissingResourceException if no bundle has the key
     */
    public String get(String key, Object... args) {
        String text = texts.get(key);
        if (text == null) {
            throw new MissingResourceException("no text for " + key + " in " + locale, Texts.class.getName(), key);
        }
        return args == null || args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }
}
