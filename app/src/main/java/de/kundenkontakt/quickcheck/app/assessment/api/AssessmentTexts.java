package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.catalog.TouchpointCosts;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import java.util.Locale;

/**
 * The labels of the assessment feature (usages, size classes, markets, first steps) and the cost
 * labels, from the one text lookup {@link Texts}; the assessment texts take no arguments, so they are
 * used as written. Immutable and thread-safe.
 */
final class AssessmentTexts {

    private final Texts texts;

    private AssessmentTexts(Texts texts) {
        this.texts = texts;
    }

    /** The texts in German, or in English when {@code language} is "en". */
    static AssessmentTexts of(String language) {
        return new AssessmentTexts(Texts.of(Locale.forLanguageTag(language)));
    }

    /** The text for the key, as written. */
    String get(String key) {
        return texts.get(key);
    }

    /** The label of a cost level, such as "gering"; never null. */
    String cost(TouchpointCosts.Estimate estimate) {
        return texts.get(estimate.labelKey());
    }
}
