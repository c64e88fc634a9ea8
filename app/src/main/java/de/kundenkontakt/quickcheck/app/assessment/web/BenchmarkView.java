package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.PeerBenchmark;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The peer benchmark of a completed assessment as its page and its PDF show it: which companies it
 * compares with, and per need the quartiles next to the company's own answer, per touchpoint how
 * often it was at least "empfehlenswert" for the others next to the company's own recommendation.
 * Immutable.
 *
 * @param shown whether there is a benchmark (else {@code none} says why not)
 * @param scope the sentence that says what is compared, null when not shown
 * @param scopeHint a hint to fill in the profile, null when not needed
 * @param none the sentence for too few comparable assessments, null when shown
 * @param method how it is counted and what the quartiles mean
 * @param needs one row per need, empty when not shown
 * @param touchpoints one row per touchpoint, empty when not shown
 * @param consent whether the assessment may count for anonymous benchmarks
 * @param madeByAdvisor whether it counts anyway (an advisor made it for a client company)
 */
public record BenchmarkView(
        boolean shown,
        String scope,
        String scopeHint,
        String none,
        String method,
        List<NeedRow> needs,
        List<TouchpointRow> touchpoints,
        boolean consent,
        boolean madeByAdvisor) {

    /** The points scale of the need chart: answers go from 0 to this. */
    private static final int SCALE = 6;

    /**
     * One need: the company's own answer and the others' quartiles, as texts and as positions on a
     * 0–100 line (the scale of points from 0 to the catalogue's highest).
     */
    public record NeedRow(String topic, String yours, String q1, String median, String q3, String boxX,
            String boxWidth, String medianX, String yoursX) {}

    /** One touchpoint: the company's own recommendation and the others' share (text and bar width). */
    public record TouchpointRow(String name, String yours, String share, String width) {}

    /**
     * The view of an assessment's benchmark.
     *
     * @param benchmark empty when there are too few comparable assessments
     */
    static BenchmarkView of(Optional<PeerBenchmark> benchmark, Assessment assessment, boolean madeByAdvisor, Locale locale) {
        Texts texts = Texts.of(locale);
        Catalog catalog = assessment.catalog();
        String points = catalog.levels().stream()
                .map(l -> texts.get("statistics.benchmark.points", l.label().in(locale), l.points()))
                .collect(Collectors.joining(", "));
        String method = texts.get("statistics.benchmark.method", points);
        if (benchmark.isEmpty() || assessment.evaluation().isEmpty()) {
            return new BenchmarkView(false, null, null, texts.get("statistics.benchmark.none", PeerBenchmark.MINIMUM),
                    method, List.of(), List.of(), assessment.benchmarkConsent(), madeByAdvisor);
        }
        PeerBenchmark b = benchmark.get();
        String hint = b.scope() == PeerBenchmark.Scope.INDUSTRY_SIZE ? null : texts.get("statistics.benchmark.scope.profile");
        return new BenchmarkView(true, scope(b, assessment, texts, locale), hint, null, method,
                needRows(b, assessment, locale), touchpointRows(b, assessment.evaluation().get(), catalog, locale),
                assessment.benchmarkConsent(), madeByAdvisor);
    }

    /** The sentence that says whom the assessment is compared with. */
    private static String scope(PeerBenchmark b, Assessment assessment, Texts texts, Locale locale) {
        String industry = assessment.profile().industry() == null ? "" : assessment.profile().industry().name().in(locale);
        String size = assessment.profile().sizeClass() == null
                ? ""
                : texts.get(assessment.profile().sizeClass().messageKey());
        return switch (b.scope()) {
            case INDUSTRY_SIZE -> texts.get("statistics.benchmark.scope.industry-size", b.count(), industry, size);
            case SIZE -> texts.get("statistics.benchmark.scope.size", b.count(), size);
            case ALL -> texts.get("statistics.benchmark.scope.all", b.count());
        };
    }

    private static List<NeedRow> needRows(PeerBenchmark b, Assessment assessment, Locale locale) {
        Catalog catalog = assessment.catalog();
        int maximum = catalog.levels().stream().mapToInt(AnswerLevel::points).max().orElse(SCALE);
        List<NeedRow> needs = new ArrayList<>();
        for (Question question : catalog.questions()) {
            PeerBenchmark.Quartiles q = b.needs().get(question.id());
            AnswerLevel level = assessment.answers().level(question).orElseThrow();
            needs.add(new NeedRow(
                    question.topic().in(locale),
                    level.label().in(locale) + " (" + level.points() + ")",
                    number(q.q1(), locale),
                    number(q.median(), locale),
                    number(q.q3(), locale),
                    position(q.q1(), maximum),
                    position(q.q3().subtract(q.q1()), maximum),
                    position(q.median(), maximum),
                    position(BigDecimal.valueOf(level.points()), maximum)));
        }
        return needs;
    }

    private static List<TouchpointRow> touchpointRows(PeerBenchmark b, Evaluation evaluation, Catalog catalog,
            Locale locale) {
        List<TouchpointRow> touchpoints = new ArrayList<>();
        for (Touchpoint touchpoint : catalog.touchpoints()) {
            BigDecimal share = b.touchpoints().get(touchpoint.id());
            TouchpointResult result = evaluation.result(touchpoint.id()).orElseThrow();
            BigDecimal percent = share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
            touchpoints.add(new TouchpointRow(
                    touchpoint.name().in(locale),
                    result.recommendation().label().in(locale),
                    "en".equals(Texts.language(locale)) ? percent.toPlainString() + "%" : percent.toPlainString().replace('.', ',') + " %",
                    percent.toPlainString()));
        }
        return touchpoints;
    }

    private static String number(BigDecimal value, Locale locale) {
        String text = value.stripTrailingZeros().toPlainString();
        return "en".equals(Texts.language(locale)) ? text : text.replace('.', ',');
    }

    /** A number of points as a position on the 0–100 line. */
    private static String position(BigDecimal points, int maximum) {
        return points.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(maximum), 1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }
}
