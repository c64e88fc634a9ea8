package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.api.Csv;
import de.kundenkontakt.quickcheck.app.api.json.ApiMessages;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.catalog.TouchpointCosts;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.List;
import java.util.Locale;

/**
 * Writes the ranking of a complete assessment as CSV: a header and one row per touchpoint in
 * ranking order (rank, id, name, percent, recommendation, current usage, entry cost, running cost),
 * written by {@link Csv}; the percent has a decimal comma in German and a decimal point in English.
 * Immutable and thread-safe.
 */
public final class AssessmentCsv {

    private AssessmentCsv() {}

    /**
     * The CSV text of an assessment's ranking.
     *
     * @param assessment a complete assessment, not null
     * @param locale the language of header, names and labels; German unless English
     * @throws IllegalArgumentException if the assessment is a draft
     */
    public static String of(Assessment assessment, Locale locale) {
        Evaluation evaluation = assessment.evaluation()
                .orElseThrow(() -> new IllegalArgumentException("a draft has no ranking to export"));
        String language = Texts.language(locale);
        ApiMessages messages = ApiMessages.of(locale);
        AssessmentTexts texts = AssessmentTexts.of(language);
        TouchpointCosts costs = TouchpointCosts.builtIn();
        StringBuilder csv = new StringBuilder();
        Csv.line(csv, List.of(
                messages.get("csv.rank"),
                messages.get("csv.touchpoint"),
                messages.get("csv.name"),
                messages.get("csv.percent"),
                messages.get("csv.recommendation"),
                messages.get("csv.usage"),
                messages.get("csv.entry-cost"),
                messages.get("csv.running-cost")));
        for (TouchpointResult result : evaluation.ranking()) {
            String percent = result.percent().display();
            Csv.line(csv, List.of(
                    String.valueOf(result.rank()),
                    result.touchpoint().id(),
                    result.touchpoint().name().in(language),
                    "de".equals(language) ? percent.replace('.', ',') : percent,
                    result.recommendation().label().in(language),
                    assessment.currentState().usage(result.touchpoint().id())
                            .map(u -> texts.get(u.messageKey()))
                            .orElse(""),
                    texts.cost(costs.of(result.touchpoint()).entry()),
                    texts.cost(costs.of(result.touchpoint()).running())));
        }
        return csv.toString();
    }
}
