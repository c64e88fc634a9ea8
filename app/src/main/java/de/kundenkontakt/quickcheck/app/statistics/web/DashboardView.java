package de.kundenkontakt.quickcheck.app.statistics.web;

import de.kundenkontakt.quickcheck.app.assessment.Industry;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.Region;
import de.kundenkontakt.quickcheck.app.assessment.SizeClass;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.statistics.DashboardFigures;
import de.kundenkontakt.quickcheck.app.statistics.DashboardFilter;
import de.kundenkontakt.quickcheck.app.web.SelectOption;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard page as the template shows it: the filter form with its options and errors, and
 * every chart with its geometry and table already worked out (labels, counts, percentages). Immutable.
 *
 * @param lead the sentence under the heading
 * @param form the filter's values as sent, for the form
 * @param options the choices of the selects, by parameter name
 * @param errors message by parameter name, in form order; empty when the filter is fine
 * @param summary the sentence with the count and period, null when the filter has errors
 * @param stateSummary how many have a current state, null when none or errors
 * @param filtersText which filters are set, null when none
 * @param empty whether no assessment is in scope
 * @param months the bars of the months chart
 * @param monthsViewBox the viewBox of the months chart
 * @param levels the legend of the answer levels
 * @param needs one row per need
 * @param recommendations the legend of the recommendations
 * @param touchpoints one row per touchpoint
 * @param gapsLead the sentence above the gaps, null without current states
 * @param gaps the most common gaps, most frequent first, at most {@value #TOP_GAPS}
 * @param csv download link by aggregate ("assessments", "needs", "touchpoints", "gaps")
 */
public record DashboardView(
        String lead,
        Map<String, String> form,
        Map<String, List<SelectOption>> options,
        Map<String, String> errors,
        String summary,
        String stateSummary,
        String filtersText,
        boolean empty,
        List<MonthBar> months,
        String monthsViewBox,
        List<Legend> levels,
        List<StackRow> needs,
        List<Legend> recommendations,
        List<StackRow> touchpoints,
        String gapsLead,
        List<GapRow> gaps,
        Map<String, String> csv) {

    /** How many gaps the dashboard lists. */
    public static final int TOP_GAPS = 10;

    /** The aggregates that can be downloaded, in page order. */
    public static final List<String> AGGREGATES = List.of("assessments", "needs", "touchpoints", "gaps");

    private static final int CHART_HEIGHT = 100;

    /** One entry of a legend: the CSS class of its colour and its label. */
    public record Legend(String css, String label) {}

    /** One month's bar (SVG user units) and its table row. */
    public record MonthBar(String label, long count, String countText, int x, int y, int width, int height) {}

    /** One part of a stacked bar: its share of the row in percent (SVG units 0–100) and texts. */
    public record Segment(String css, String x, String width, long count, String percent) {}

    /** One row of a stacked-bar chart and its table. */
    public record StackRow(String id, String label, long total, List<Segment> segments) {}

    /** One gap: the touchpoint, how many have it, their share of those with a current state. */
    public record GapRow(String id, String label, long count, String share, String width, String of) {}

    /** Whether the filter has errors. */
    public boolean invalid() {
        return !errors.isEmpty();
    }

    /** The view of a filter that has errors: the form again, no figures. */
    static DashboardView invalid(Map<String, String> form, Map<String, String> errors, boolean all, ProfileOptions options,
            Catalogs catalogs, Locale locale) {
        Texts texts = Texts.of(locale);
        return new DashboardView(lead(texts, all), form, options(form, options, catalogs, locale), errors, null, null,
                null, true, List.of(), "0 0 10 100", List.of(), List.of(), List.of(), List.of(), null, List.of(), Map.of());
    }

    /** The view of the figures. */
    static DashboardView of(DashboardFigures figures, Map<String, String> form, boolean all, ProfileOptions options,
            Catalogs catalogs, String path, Locale locale) {
        Texts texts = Texts.of(locale);
        DashboardFilter filter = figures.filter();
        Catalog labels = labels(filter, catalogs);
        String summary = texts.get("statistics.summary", figures.assessments(), month(filter.from(), locale),
                month(filter.to(), locale));
        String stateSummary = figures.assessments() == 0 ? null : texts.get("statistics.summary.state", figures.withCurrentState());
        Map<String, List<SelectOption>> choices = options(form, options, catalogs, locale);
        List<MonthBar> months = monthBars(figures.months(), locale);
        long base = figures.withCurrentState();
        String gapsLead = base == 0 ? null : texts.get("statistics.gaps.lead", base);
        return new DashboardView(lead(texts, all), form, choices, Map.of(), summary, stateSummary, filtersText(texts, choices),
                figures.assessments() == 0, months, "0 0 " + Math.max(10, months.size() * 10) + " " + CHART_HEIGHT,
                levelLegends(labels, locale), needRows(figures, catalogs, labels, locale),
                recommendationLegends(labels, locale), touchpointRows(figures, catalogs, labels, locale), gapsLead,
                gapRows(figures, catalogs, labels, texts, locale), csvLinks(form, path));
    }

    /** The chosen filters' labels as one sentence, null when no filter is set. */
    private static String filtersText(Texts texts, Map<String, List<SelectOption>> choices) {
        List<String> set = new ArrayList<>();
        for (String parameter : List.of("industry", "sizeClass", "region", "catalog")) {
            choices.get(parameter).stream().filter(o -> o.selected() && !o.value().isEmpty())
                    .findFirst()
                    .ifPresent(o -> set.add(o.label()));
        }
        return set.isEmpty() ? null : texts.get("statistics.summary.filters", String.join(", ", set));
    }

    /** One bar per month, the highest filling the chart. */
    private static List<MonthBar> monthBars(List<DashboardFigures.MonthCount> counts, Locale locale) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        List<MonthBar> months = new ArrayList<>();
        long max = counts.stream().mapToLong(DashboardFigures.MonthCount::assessments).max().orElse(0);
        int i = 0;
        for (DashboardFigures.MonthCount m : counts) {
            int height = max == 0 ? 0 : (int) Math.round((CHART_HEIGHT - 10) * (double) m.assessments() / max);
            months.add(new MonthBar(month(m.month(), locale), m.assessments(), numbers.format(m.assessments()),
                    i * 10 + 1, CHART_HEIGHT - height, 8, height));
            i++;
        }
        return months;
    }

    private static List<Legend> levelLegends(Catalog labels, Locale locale) {
        List<Legend> levels = new ArrayList<>();
        for (int l = 0; l < labels.levels().size(); l++) {
            levels.add(new Legend("chart-fill-" + l, labels.levels().get(l).label().in(locale)));
        }
        return levels;
    }

    /** The recommendations' legend; the best comes first and gets the darkest colour. */
    private static List<Legend> recommendationLegends(Catalog labels, Locale locale) {
        List<Legend> recommendations = new ArrayList<>();
        for (int r = 0; r < labels.recommendations().size(); r++) {
            recommendations.add(new Legend("chart-fill-" + (labels.recommendations().size() - 1 - r),
                    labels.recommendations().get(r).label().in(locale)));
        }
        return recommendations;
    }

    private static List<StackRow> needRows(DashboardFigures figures, Catalogs catalogs, Catalog labels, Locale locale) {
        List<StackRow> needs = new ArrayList<>();
        figures.answers().forEach((question, counts) -> needs.add(row(question,
                label(catalogs, labels, c -> c.question(question).map(q -> q.topic().in(locale))), counts, false, locale)));
        return needs;
    }

    private static List<StackRow> touchpointRows(DashboardFigures figures, Catalogs catalogs, Catalog labels,
            Locale locale) {
        List<StackRow> touchpoints = new ArrayList<>();
        figures.recommendations().forEach((touchpoint, counts) -> touchpoints.add(row(touchpoint,
                label(catalogs, labels, c -> c.touchpoint(touchpoint).map(t -> t.name().in(locale))), counts, true, locale)));
        return touchpoints;
    }

    /** The {@link #TOP_GAPS} most frequent gaps; equal counts in catalogue order. */
    private static List<GapRow> gapRows(DashboardFigures figures, Catalogs catalogs, Catalog labels, Texts texts,
            Locale locale) {
        List<GapRow> gaps = new ArrayList<>();
        long base = figures.withCurrentState();
        List<String> order = new ArrayList<>(figures.gaps().keySet());
        figures.gaps().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparingInt(e -> order.indexOf(e.getKey())))
                .limit(TOP_GAPS)
                .forEach(e -> {
                    String label = label(catalogs, labels, c -> c.touchpoint(e.getKey()).map(t -> t.name().in(locale)));
                    BigDecimal share = percent(e.getValue(), base);
                    gaps.add(new GapRow(e.getKey(), label, e.getValue(), percentText(share, locale),
                            share.toPlainString(), texts.get("statistics.share.of", e.getValue(), base)));
                });
        return gaps;
    }

    /** The CSV download of each aggregate, with the same filter as the page. */
    private static Map<String, String> csvLinks(Map<String, String> form, String path) {
        Map<String, String> csv = new LinkedHashMap<>();
        for (String aggregate : AGGREGATES) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(path + "/" + aggregate + ".csv");
            form.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    link.queryParam(k, v);
                }
            });
            csv.put(aggregate, link.encode().build().toUriString());
        }
        return csv;
    }

    /** A month as the page writes it: 03/2026 in German, 2026-03 in English. */
    static String month(YearMonth month, Locale locale) {
        return month.format(DateTimeFormatter.ofPattern("en".equals(Texts.language(locale)) ? "yyyy-MM" : "MM/yyyy"));
    }

    /** {@code part} of {@code whole} in percent with one decimal, 0 when the whole is 0. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** A percentage as the page writes it: "12,5 %" in German, "12.5%" in English. */
    static String percentText(BigDecimal percent, Locale locale) {
        return "en".equals(Texts.language(locale))
                ? percent.toPlainString() + "%"
                : percent.toPlainString().replace('.', ',') + " %";
    }

    /** A stacked bar; {@code bestFirst} when the first value is the best (colours go from dark to light). */
    private static StackRow row(String id, String label, Map<String, Long> counts, boolean bestFirst, Locale locale) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Segment> segments = new ArrayList<>();
        BigDecimal x = BigDecimal.ZERO.setScale(1);
        int k = 0;
        int size = counts.size();
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            BigDecimal width = percent(entry.getValue(), total);
            String css = "chart-fill-" + (bestFirst ? size - 1 - k : k);
            segments.add(new Segment(css, x.toPlainString(), width.toPlainString(), entry.getValue(),
                    percentText(width, locale)));
            x = x.add(width);
            k++;
        }
        return new StackRow(id, label, total, segments);
    }

    /** The catalogue whose labels the figures use: the filtered one, else the default. */
    static Catalog labels(DashboardFilter filter, Catalogs catalogs) {
        return filter.catalogId() == null ? catalogs.defaultCatalog() : catalogs.find(filter.catalogId()).orElseThrow();
    }

    /** A label from the first catalogue, else from any other that has the item. */
    static String label(Catalogs catalogs, Catalog first, Function<Catalog, Optional<String>> find) {
        return find.apply(first).or(() -> catalogs.all().stream().map(find).flatMap(Optional::stream).findFirst())
                .orElse("?");
    }

    private static String lead(Texts texts, boolean all) {
        return texts.get(all ? "statistics.dashboard.lead.all" : "statistics.dashboard.lead.own");
    }

    static Map<String, List<SelectOption>> options(Map<String, String> form, ProfileOptions profile, Catalogs catalogs,
            Locale locale) {
        Texts texts = Texts.of(locale);
        String all = texts.get("statistics.filter.all");
        Map<String, List<SelectOption>> options = new LinkedHashMap<>();
        options.put("industry", SelectOption.withNone(all, profile.industries(),
                Industry::code, i -> i.label(locale), chosen(form, "industry")));
        options.put("sizeClass", SelectOption.withNone(all, List.of(SizeClass.values()),
                SizeClass::id, s -> texts.get(s.messageKey()), chosen(form, "sizeClass")));
        options.put("region", SelectOption.withNone(all, profile.regions(),
                Region::id, r -> r.name().in(locale), chosen(form, "region")));
        options.put("catalog", SelectOption.withNone(all, catalogs.all(),
                Catalog::id, c -> c.title().in(locale), chosen(form, "catalog")));
        return options;
    }

    /** The form's value of a filter as the filter reads it: stripped, "" for none. */
    private static String chosen(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null ? "" : value.strip();
    }
}
