package de.kundenkontakt.quickcheck.app.cli;

import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code evaluate --format csv}: {@code line,catalog,<touchpoint id>...}, one percent
 * column per touchpoint. The columns are the touchpoints of the chosen catalogue in catalogue
 * order, then those that only other catalogues have; a cell stays empty where a line's catalogue
 * lacks the touchpoint. Percents have one decimal and a point ({@code 77.2}), rounded half up as
 * everywhere else. Comma-separated, one row per line ending in {@code \n}; ids are plain tokens, so
 * nothing needs quoting. Immutable and thread-safe.
 */
final class PercentCsv {

    private final List<String> columns;
    /** For each catalogue, the column of each touchpoint by the touchpoint's position. */
    private final Map<Catalog, int[]> columnOf = new IdentityHashMap<>();

    /**
     * @param catalogs every catalogue a line may name, not null
     * @param first the catalogue whose touchpoints come first, not null
     */
    PercentCsv(Catalogs catalogs, Catalog first) {
        List<String> ids = new ArrayList<>();
        first.touchpoints().forEach(touchpoint -> ids.add(touchpoint.id()));
        for (String id : catalogs.ids()) {
            for (Touchpoint touchpoint : catalogs.find(id).orElseThrow().touchpoints()) {
                if (!ids.contains(touchpoint.id())) {
                    ids.add(touchpoint.id());
                }
            }
        }
        this.columns = List.copyOf(ids);
        for (String id : catalogs.ids()) {
            Catalog catalog = catalogs.find(id).orElseThrow();
            int[] positions = new int[catalog.touchpoints().size()];
            for (Touchpoint touchpoint : catalog.touchpoints()) {
                positions[touchpoint.position()] = columns.indexOf(touchpoint.id());
            }
            columnOf.put(catalog, positions);
        }
    }

    /** The header row without its line end: {@code line,catalog,augmented-reality,...}. */
    String header() {
        return "line,catalog," + String.join(",", columns);
    }

    /**
     * Appends the row of one evaluation, with its line end.
     *
     * @param line the 1-based number of the input line
     * @param evaluation an evaluation of one of the catalogues given at construction, not null
     * @param row where the row goes, not null
     */
    void appendRow(int line, Evaluation evaluation, StringBuilder row) {
        int[] column = columnOf.get(evaluation.catalog());
        long[] tenths = new long[columns.size()];
        Arrays.fill(tenths, -1);
        for (TouchpointResult result : evaluation.ranking()) {
            tenths[column[result.touchpoint().position()]] = result.percent().tenths();
        }
        row.append(line).append(',').append(evaluation.catalog().id());
        for (long value : tenths) {
            row.append(',');
            if (value >= 0) {
                row.append(value / 10).append('.').append(value % 10);
            }
        }
        row.append('\n');
    }
}
