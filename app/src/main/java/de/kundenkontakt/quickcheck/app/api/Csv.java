package de.kundenkontakt.quickcheck.app.api;

import java.util.List;

/**
 * The one way the product writes CSV (the downloads of the pages and the API): cells separated by
 * semicolons, which German spreadsheet programs split on by default; lines end with CRLF
 * (RFC 4180); a cell holding a semicolon, quote or line break is quoted, quotes doubled. A text cell
 * that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return)
 * gets a leading apostrophe; numbers such as {@code -3} or {@code 77,2} stay numbers. Thread-safe.
 */
public final class Csv {

    /** The cell separator. */
    public static final char SEPARATOR = ';';

    /** The byte order mark that tells spreadsheet programs the file is UTF-8, for files to open directly. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final String LINE_END = "\r\n";

    private Csv() {}

    /** Appends one line of cells to {@code csv}. */
    public static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append(LINE_END);
    }

    /** One cell, guarded against formula injection and quoted where needed; null is an empty cell. */
    public static String cell(String text) {
        String value = text == null ? "" : text;
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
