package de.kundenkontakt.quickcheck.app.assessment.api;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels of the assessment feature (usages, size classes, markets, costs, first steps) from its
 * bundle {@code i18n/assessment}, read without Spring. The texts take no arguments, so they are used
 * as written (no {@code MessageFormat}). Immutable and thread-safe.
 */
final class AssessmentTexts {

    private static final String BUNDLE = "i18n.assessment";

    private final ResourceBundle bundle;

    private AssessmentTexts(Locale locale) {
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts in German, or in English when {@code language} is "en". */
    static AssessmentTexts of(String language) {
        return new AssessmentTexts("en".equals(language) ? Locale.ENGLISH : Locale.GERMAN);
    }

    /** The text for the key, as written. */
    String get(String key) {
        return bundle.getString(key);
    }
}
