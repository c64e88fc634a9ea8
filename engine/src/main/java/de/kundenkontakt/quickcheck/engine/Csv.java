package de.kundenkontakt.quickcheck.engine;

import java.util.ArrayList;
import java.util.List;

/** A minimal RFC 4180 reader for the catalogue files: comma, double quotes, one record a line. */
final class Csv {

    /** One data row with its 1-based line number in the file. */
    record Row(int line, List<String> cells) {}

    /** The header and the data rows of one file. */
    record Table(String file, List<String> header, List<Row> rows) {

        int column(String name) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new CatalogException(file + ": column \"" + name + "\" is missing");
            }
            return index;
        }
    }

    private Csv() {}

    static Table parse(String file, String text) {
        List<String> lines = text.lines().toList();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = stripBom(lines.get(i), i);
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = split(file, i + 1, line);
            if (header == null) {
                header = cells;
            } else {
                if (cells.size() != header.size()) {
                    throw new CatalogException(
                            file + ", line " + (i + 1) + ": " + cells.size() + " cells, header has " + header.size());
                }
                rows.add(new Row(i + 1, cells));
            }
        }
        if (header == null) {
            throw new CatalogException(file + " is empty");
        }
        return new Table(file, List.copyOf(header), List.copyOf(rows));
    }

    private static String stripBom(String line, int index) {
        return index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static List<String> split(String file, int lineNumber, String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new CatalogException(file + ", line " + lineNumber + ": unclosed quote");
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
