package de.kundenkontakt.quickcheck.app.assessment.api;

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
 * ranking order (rank, id, name, percent, recommendation, current usage, entry cost, running cost).
 * Cells are separated by semicolons, which German spreadsheet programs split on by default; the
 * percent has a decimal comma in German and a decimal point in English. Lines end with CRLF
 * (RFC 4180); a cell holding a semicolon, quote or line break is quoted, quotes doubled. A text cell
 * that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return)
 * gets a leading apostrophe. Immutable and thread-safe.
 */
public final class AssessmentCsv {

    /** The cell separator. */
    public static final char SEPARATOR = ';';

    private static final String LINE_END = "\r\n";

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
        line(csv, List.of(
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
            line(csv, List.of(
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

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append(LINE_END);
    }

    /** One cell, guarded against formula injection and quoted where needed. */
    static String cell(String text) {
        String value = text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value)) {
            value = "'" + value;
        }
        boolean quote = value.indexOf(SEPARATOR) >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static boolean isNumber(String value) {
        return value.matches("-?[0-9]+([.,][0-9]+)?");
    }
}
