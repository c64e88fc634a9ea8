package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.company.CompanyChecks.Latest;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Recommendation;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Companies side by side, each with its latest complete assessment: one column per company, one
 * row per touchpoint (percentage and recommendation) and per need (the answer). Rows are the union
 * of the catalogues in use, the default catalogue's order first; a cell is empty ("–") where a
 * company has no complete assessment or its catalogue lacks the row. Immutable.
 *
 * @param columns the companies in the order chosen
 * @param touchpoints one row per touchpoint
 * @param needs one row per question
 */
record ComparisonView(List<Column> columns, List<Row> touchpoints, List<Row> needs) {

    /**
     * A company's column.
     *
     * @param name the company's name
     * @param link its page
     * @param assessedOn when its latest complete assessment was made, null if it has none
     */
    record Column(String name, String link, ZonedDateTime assessedOn) {}

    /**
     * A row: its label and one cell per column.
     *
     * @param label the touchpoint's name or the question's topic
     * @param cells one per column, in column order
     */
    record Row(String label, List<Cell> cells) {}

    /**
     * One cell.
     *
     * @param text the percentage or the answer; "–" when there is none
     * @param detail the recommendation for a touchpoint, null otherwise
     * @param tier the recommendation's tier (for styling), 0 for none
     */
    record Cell(String text, String detail, int tier) {}

    static ComparisonView of(List<Latest> latest, Catalogs catalogs, Locale locale) {
        Map<String, Touchpoint> touchpoints = new LinkedHashMap<>();
        Map<String, Question> questions = new LinkedHashMap<>();
        List<Catalog> used = new ArrayList<>(List.of(catalogs.defaultCatalog()));
        latest.stream().map(Latest::assessment).filter(a -> a != null).map(Assessment::catalog)
                .filter(c -> !used.contains(c)).forEach(used::add);
        for (Catalog catalog : used) {
            catalog.touchpoints().forEach(t -> touchpoints.putIfAbsent(t.id(), t));
            catalog.questions().forEach(q -> questions.putIfAbsent(q.id(), q));
        }
        List<Column> columns = latest.stream()
                .map(l -> new Column(l.company().name(), CompanyPages.company(l.company().id()),
                        l.assessment() == null ? null : GermanTime.local(l.assessment().createdAt())))
                .toList();
        List<Row> touchpointRows = new ArrayList<>();
        for (Touchpoint touchpoint : touchpoints.values()) {
            List<Cell> cells = new ArrayList<>();
            for (Latest l : latest) {
                cells.add(l.assessment() == null ? EMPTY : l.assessment().evaluation()
                        .flatMap(e -> e.result(touchpoint.id()))
                        .map(r -> touchpointCell(l.assessment().catalog(), r, locale))
                        .orElse(EMPTY));
            }
            touchpointRows.add(new Row(touchpoint.name().in(locale), cells));
        }
        List<Row> needRows = new ArrayList<>();
        for (Question question : questions.values()) {
            List<Cell> cells = new ArrayList<>();
            for (Latest l : latest) {
                cells.add(l.assessment() == null ? EMPTY : l.assessment().answers().level(question.id())
                        .map(level -> new Cell(level.label().in(locale), null, 0))
                        .orElse(EMPTY));
            }
            needRows.add(new Row(question.topic().in(locale), cells));
        }
        return new ComparisonView(columns, touchpointRows, needRows);
    }

    private static Cell touchpointCell(Catalog catalog, TouchpointResult result, Locale locale) {
        List<Recommendation> levels = catalog.recommendations();
        return new Cell(ResultView.formatPercent(result.percent(), locale),
                result.recommendation().label().in(locale), levels.size() - levels.indexOf(result.recommendation()));
    }

    /** A cell without a value. */
    private static final Cell EMPTY = new Cell("–", null, 0);
}
