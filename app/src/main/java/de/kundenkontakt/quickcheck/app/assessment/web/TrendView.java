package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How each touchpoint's percentage moved over the complete assessments of one history: a table
 * with one column per assessment and a small line chart per touchpoint. Immutable.
 *
 * @param dates the assessments' dates, oldest first
 * @param rows one per touchpoint of the latest assessment, in its ranking order
 * @param view the path back to the assessment page
 */
public record TrendView(List<String> dates, List<Row> rows, String view) {

    /** Width and height of each row's chart, in SVG units. */
    public static final int WIDTH = 120;

    public static final int HEIGHT = 30;

    public TrendView {
        dates = List.copyOf(dates);
        rows = List.copyOf(rows);
    }

    /**
     * One touchpoint over time.
     *
     * @param touchpointId its id
     * @param name its name
     * @param percents its percentage in each assessment as the locale writes it, "–" where that
     *     assessment's catalogue lacks it
     * @param points the chart's polyline points ("x,y x,y"), 0 % at the bottom, 100 % at the top
     * @param change the change from the first to the last percentage it has, such as "+12,5"
     */
    public record Row(String touchpointId, String name, List<String> percents, String points, String change) {

        public Row {
            percents = List.copyOf(percents);
        }
    }

    /** Whether a history has a trend to show: two complete assessments or more (drafts do not count). */
    static boolean exists(List<Assessment> history) {
        return complete(history).size() > 1;
    }

    private static List<Assessment> complete(List<Assessment> history) {
        return history.stream().filter(Assessment::isComplete).toList();
    }

    /**
     * The trend of a history's complete assessments, oldest first.
     *
     * @param all the whole history, oldest first, one that has a trend ({@link #exists})
     */
    static TrendView of(List<Assessment> all, String view, Locale locale) {
        List<Assessment> history = complete(all);
        List<Evaluation> evaluations = history.stream().map(a -> a.evaluation().orElseThrow()).toList();
        List<String> dates = history.stream().map(a -> AssessmentView.date(a.createdAt(), locale)).toList();
        Evaluation latest = evaluations.get(evaluations.size() - 1);
        List<Row> rows = new ArrayList<>();
        for (TouchpointResult now : latest.ranking()) {
            String id = now.touchpoint().id();
            List<String> percents = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            java.math.BigDecimal first = null;
            java.math.BigDecimal last = null;
            for (int i = 0; i < evaluations.size(); i++) {
                Optional<TouchpointResult> then = evaluations.get(i).result(id);
                percents.add(then.map(r -> ResultView.formatPercent(r.percent(), locale)).orElse("–"));
                if (then.isPresent()) {
                    java.math.BigDecimal value = then.get().percent().rounded();
                    first = first == null ? value : first;
                    last = value;
                    double x = evaluations.size() == 1 ? 0 : (double) WIDTH * i / (evaluations.size() - 1);
                    double y = HEIGHT - value.doubleValue() * HEIGHT / 100.0;
                    points.append(points.isEmpty() ? "" : " ")
                            .append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                }
            }
            java.math.BigDecimal delta = last.subtract(first);
            String change = (delta.signum() > 0 ? "+" : delta.signum() < 0 ? "−" : "±")
                    + ResultView.oneDecimal(delta.abs(), locale);
            rows.add(new Row(id, now.touchpoint().name().in(locale), percents, points.toString(), change));
        }
        return new TrendView(dates, rows, view);
    }
}
