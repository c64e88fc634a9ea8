package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a complete assessment as an Excel workbook (XLSX) with one worksheet per table of
 * {@link AssessmentExport}: summary, answers, ranking. Numbers and dates are written as numbers and
 * dates (percentages with one decimal, dates as 30.11.2026 in German and 2026-11-30 in English), so
 * that they can be sorted and computed with; the spreadsheet program shows them in its own number
 * format. The header row is bold and stays in view when scrolling. Text cells are stored as text,
 * never as formulas, so a name starting with "=" cannot run. Thread-safe.
 */
final class AssessmentXlsx {

    private static final String APPLICATION = "Quickcheck Digitaler Kundenkontakt";
    private static final int MAX_COLUMN_WIDTH = 60;

    private AssessmentXlsx() {}

    /**
     * The workbook of a complete assessment.
     *
     * @param assessment a complete assessment, not null
     * @param locale the language of sheet names, headers, names and labels; German unless English
     * @throws IllegalArgumentException if the assessment is a draft
     */
    static byte[] of(Assessment assessment, Locale locale) {
        AssessmentExport export = AssessmentExport.of(assessment, locale);
        String dateFormat = "en".equals(Texts.language(locale)) ? "yyyy-mm-dd" : "dd.mm.yyyy";
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            Workbook workbook = new Workbook(out, APPLICATION, "1.0");
            for (AssessmentExport.Table table : export.tables()) {
                write(workbook.newWorksheet(table.title()), table, dateFormat);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, AssessmentExport.Table table, String dateFormat) {
        List<String> header = table.header();
        int[] widths = new int[header.size()];
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, header.get(column));
            widths[column] = header.get(column).length();
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int row = 1;
        for (List<Object> cells : table.rows()) {
            for (int column = 0; column < cells.size(); column++) {
                Object cell = cells.get(column);
                if (cell instanceof BigDecimal number) {
                    sheet.value(row, column, number);
                    sheet.style(row, column).format("0.0").set();
                } else if (cell instanceof Integer number) {
                    sheet.value(row, column, number);
                } else if (cell instanceof LocalDate date) {
                    sheet.value(row, column, date);
                    sheet.style(row, column).format(dateFormat).set();
                } else if (!cell.toString().isEmpty()) {
                    sheet.value(row, column, cell.toString());
                }
                widths[column] = Math.max(widths[column], cell instanceof LocalDate ? 10 : cell.toString().length());
            }
            row++;
        }
        for (int column = 0; column < widths.length; column++) {
            sheet.width(column, Math.min(MAX_COLUMN_WIDTH, widths[column] + 2));
        }
    }
}
