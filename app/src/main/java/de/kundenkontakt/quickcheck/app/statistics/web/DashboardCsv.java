package de.kundenkontakt.quickcheck.app.statistics.web;

import de.kundenkontakt.quickcheck.app.api.Csv;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.statistics.DashboardFigures;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's tables as CSV ({@link Csv}: semicolons, CRLF, a byte order mark so that
 * spreadsheet programs read UTF-8): one file per aggregate, a header line and one line per month,
 * need, touchpoint or gap, with ids beside the names so that programs can match them. Counts are
 * whole numbers; shares are percentages with one decimal (a decimal comma in German).
 */
final class DashboardCsv {

    private DashboardCsv() {}

    /**
     * One aggregate as CSV text with the byte order mark.
     *
     * @param aggregate one of {@link DashboardView#AGGREGATES}
     */
    static String of(String aggregate, DashboardFigures figures, Catalogs catalogs, Locale locale) {
        Texts texts = Texts.of(locale);
        Catalog labels = DashboardView.labels(figures.filter(), catalogs);
        StringBuilder csv = new StringBuilder(Csv.BYTE_ORDER_MARK);
        switch (aggregate) {
            case "assessments" -> {
                Csv.line(csv, List.of(texts.get("statistics.months.month"), texts.get("statistics.months.count")));
                figures.months().forEach(m -> Csv.line(csv, List.of(m.month().toString(), String.valueOf(m.assessments()))));
            }
            case "needs" -> needs(csv, figures, catalogs, labels, texts, locale);
            case "touchpoints" -> touchpoints(csv, figures, catalogs, labels, texts, locale);
            case "gaps" -> gaps(csv, figures, catalogs, labels, texts, locale);
            default -> throw new IllegalArgumentException("unknown aggregate " + aggregate);
        }
        return csv.toString();
    }

    private static void needs(StringBuilder csv, DashboardFigures figures, Catalogs catalogs, Catalog labels, Texts texts,
            Locale locale) {
        List<String> header = new ArrayList<>(List.of("id", texts.get("statistics.needs.need")));
        labels.levels().forEach(l -> header.add(l.label().in(locale)));
        Csv.line(csv, header);
        figures.answers().forEach((question, counts) -> Csv.line(csv, countsLine(question,
                DashboardView.label(catalogs, labels, c -> c.question(question).map(q -> q.topic().in(locale))), counts)));
    }

    private static void touchpoints(StringBuilder csv, DashboardFigures figures, Catalogs catalogs, Catalog labels,
            Texts texts, Locale locale) {
        List<String> header = new ArrayList<>(List.of("id", texts.get("statistics.touchpoints.touchpoint")));
        labels.recommendations().forEach(r -> header.add(r.label().in(locale)));
        Csv.line(csv, header);
        figures.recommendations().forEach((touchpoint, counts) -> Csv.line(csv, countsLine(touchpoint,
                DashboardView.label(catalogs, labels, c -> c.touchpoint(touchpoint).map(t -> t.name().in(locale))), counts)));
    }

    private static void gaps(StringBuilder csv, DashboardFigures figures, Catalogs catalogs, Catalog labels, Texts texts,
            Locale locale) {
        Csv.line(csv, List.of("id", texts.get("statistics.touchpoints.touchpoint"), texts.get("statistics.gaps.count"),
                texts.get("statistics.summary.base"), texts.get("statistics.csv.percent")));
        figures.gaps().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> Csv.line(csv, List.of(
                        e.getKey(),
                        DashboardView.label(catalogs, labels, c -> c.touchpoint(e.getKey()).map(t -> t.name().in(locale))),
                        String.valueOf(e.getValue()),
                        String.valueOf(figures.withCurrentState()),
                        decimal(DashboardView.percent(e.getValue(), figures.withCurrentState()).toPlainString(), locale))));
    }

    private static List<String> countsLine(String id, String label, Map<String, Long> counts) {
        List<String> line = new ArrayList<>(List.of(id, label));
        counts.values().forEach(n -> line.add(String.valueOf(n)));
        return line;
    }

    private static String decimal(String number, Locale locale) {
        return "en".equals(Texts.language(locale)) ? number : number.replace('.', ',');
    }
}
