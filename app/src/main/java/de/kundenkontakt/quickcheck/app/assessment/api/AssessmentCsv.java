package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.api.Csv;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a complete assessment as one CSV file for a spreadsheet program, written by {@link Csv}
 * (semicolons, CRLF, quoting, formula guard) and starting with a UTF-8 byte order mark, so that
 * German Excel shows umlauts right when the file is opened with a double click. The three tables
 * of {@link AssessmentExport} follow each other, each as a line with its title, a header line and
 * its rows, separated by an empty line. Numbers as the language writes them: decimal comma and
 * dates as 30.11.2026 in German, decimal point and ISO dates (2026-11-30) in English. Thread-safe.
 */
public final class AssessmentCsv {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);

    private AssessmentCsv() {}

    /**
     * The CSV text of a complete assessment, byte order mark first.
     *
     * @param assessment a complete assessment, not null
     * @param locale the language of headers, names and labels; German unless English
     * @throws IllegalArgumentException if the assessment is a draft
     */
    public static String of(Assessment assessment, Locale locale) {
        return of(AssessmentExport.of(assessment, locale), locale);
    }

    static String of(AssessmentExport export, Locale locale) {
        StringBuilder csv = new StringBuilder(Csv.BYTE_ORDER_MARK);
        boolean german = !"en".equals(Texts.language(locale));
        for (AssessmentExport.Table table : export.tables()) {
            if (csv.length() > Csv.BYTE_ORDER_MARK.length()) {
                Csv.line(csv, List.of());
            }
            Csv.line(csv, List.of(table.title()));
            Csv.line(csv, table.header());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object cell : row) {
                    cells.add(text(cell, german, locale));
                }
                Csv.line(csv, cells);
            }
        }
        return csv.toString();
    }

    private static String text(Object cell, boolean german, Locale locale) {
        if (cell instanceof BigDecimal number) {
            return ResultView.oneDecimal(number, locale);
        }
        if (cell instanceof LocalDate date) {
            return german ? GERMAN_DATE.format(date) : date.toString();
        }
        return cell.toString();
    }
}
