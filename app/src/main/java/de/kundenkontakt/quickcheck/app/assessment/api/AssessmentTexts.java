package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.catalog.TouchpointCosts;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels of the assessment feature (usages, size classes, markets, first steps) from its bundle
 * {@code i18n/assessment}, and the cost labels from the guide's bundle, where the cost data keeps
 * them; read without Spring. The assessment texts take no arguments, so they are used as written
 * (no {@code MessageFormat}). Immutable and thread-safe.
 */
final class AssessmentTexts {

    private static final String BUNDLE = "i18n.assessment";

    private final ResourceBundle bundle;
    private final Texts guide;

    private AssessmentTexts(Locale locale) {
        this.guide = Texts.of("i18n.guide", locale);
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

    /** The label of a cost level, such as "gering"; never null. */
    String cost(TouchpointCosts.Estimate estimate) {
        return guide.get(estimate.labelKey());
    }
}
