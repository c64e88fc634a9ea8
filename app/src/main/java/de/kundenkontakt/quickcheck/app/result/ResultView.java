package de.kundenkontakt.quickcheck.app.result;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.Percent;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a result shows a person, in one language: every touchpoint ranked with its percentage
 * already formatted for the locale, the same rows grouped by recommendation level, the answers
 * that led to it, and the links to share the result or change the answers. Built by {@link
 * #of(Evaluation, Locale)} for the result page; meant to be reused by anything else that presents a
 * result (explanations, journey map, PDF report). Immutable and thread-safe.
 *
 * @param catalogId the catalogue version, such as "2022", never null
 * @param catalogTitle the catalogue's title in the locale's language, never null
 * @param code the answer code of {@link ResultCode}, never null
 * @param resultLink path and query of this result, such as {@code /ergebnis?k=2022&a=...}, never null
 * @param changeLink path and query of the questionnaire pre-filled with these answers, never null
 * @param ranking every touchpoint, best first, never null, unmodifiable
 * @param groups one group per recommendation level, highest first, also those without touchpoints;
 *     never null, unmodifiable
 * @param answers the answer given to each question, in catalogue order, never null, unmodifiable
 * @param journey the six customer-journey phases in journey order with the recommended
 *     touchpoints that fit each; never null, unmodifiable
 * @param outcome whether the answers allow a ranking at all; never null
 * @param commonLevel the label of the level every answer has when the outcome is not {@link
 *     Outcome#RANKED}, else null
 */
public record ResultView(
        String catalogId,
        String catalogTitle,
        String code,
        String resultLink,
        String changeLink,
        List<Row> ranking,
        List<Group> groups,
        List<Answer> answers,
        List<Stage> journey,
        Outcome outcome,
        String commonLevel) {

    /**
     * What the answers allow the result to say. When every need got the same answer, every
     * touchpoint reaches the same percentage: there is no "best" one, and saying so would be
     * nonsense; when every need is rated the lowest level (0 points), nothing matters and there is
     * no basis for any recommendation.
     */
    public enum Outcome {
        /** The answers differ: the ranking says which touchpoints fit better. */
        RANKED,
        /** Every answer is the same level above the lowest: every touchpoint fits equally. */
        UNIFORM,
        /** Every answer is the lowest level: no basis for a recommendation. */
        NO_BASIS
    }

    /** Where the guide's touchpoint pages are; a touchpoint's id follows. */
    static final String GUIDE_PATH = "/kanaele/";

    public ResultView {
        Objects.requireNonNull(catalogId, "catalogId");
        Objects.requireNonNull(catalogTitle, "catalogTitle");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(resultLink, "resultLink");
        Objects.requireNonNull(changeLink, "changeLink");
        ranking = List.copyOf(ranking);
        groups = List.copyOf(groups);
        answers = List.copyOf(answers);
        journey = List.copyOf(journey);
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * One ranked touchpoint.
     *
     * @param rank the 1-based rank; equal percentages are ranked in catalogue order
     * @param place the 1-based place to show: one more than the number of touchpoints with a higher
     *     percentage as shown (one decimal), so that equal percentages share a place
     * @param touchpointId the touchpoint's public id, never null
     * @param name the touchpoint's name in the locale's language, never null
     * @param percent the percentage as the locale writes it, with one decimal and the sign:
     *     "77,2 %" (with a no-break space) in German, "77.2%" in English; never null
     * @param percentValue the percentage rounded to one decimal, never null
     * @param recommendationId the id of the recommendation level reached, never null
     * @param recommendation the recommendation level's label in the locale's language, never null
     * @param tier the recommendation level counted from the lowest: 1 for the lowest, up to the
     *     number of levels for the highest; for styling
     * @param why one sentence naming the needs that added the most to this touchpoint's score,
     *     from the engine's contributions; never null
     * @param heldBack one sentence naming the needs rated low that weigh heavily for this
     *     touchpoint, or null when nothing held it back
     * @param guidePath the path of the touchpoint's page in the guide, such as {@code
     *     /kanaele/website}, never null
     * @param barLength the percentage with a point and one decimal, for SVG lengths: "77.2"; never
     *     null
     * @param barClass the CSS classes of the percentage bar, with the tier: "bar__fill bar-tier-4";
     *     never null
     */
    public record Row(
            int rank,
            int place,
            String touchpointId,
            String name,
            String percent,
            BigDecimal percentValue,
            String recommendationId,
            String recommendation,
            int tier,
            String why,
            String heldBack,
            String guidePath,
            String barLength,
            String barClass) {}

    /**
     * The touchpoints that reached one recommendation level.
     *
     * @param recommendationId the level's id, never null
     * @param label the level's label in the locale's language, never null
     * @param minimumPercent the lowest percent that reaches the level, 0 to 100
     * @param belowPercent the lowest percent of the next higher level, which this level stays below;
     *     null for the highest level
     * @param tier as in {@link Row#tier()}
     * @param rows the touchpoints at this level, best first; never null, may be empty
     */
    public record Group(
            String recommendationId, String label, int minimumPercent, Integer belowPercent, int tier, List<Row> rows) {

        public Group {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One phase of the customer journey (AIDA(LA)) for this result.
     *
     * @param phaseId the phase's id, such as "attention", never null
     * @param label the phase's name in the locale's language, never null
     * @param touchpoints the recommended touchpoints (at least the second-highest level) that the
     *     guide places in this phase, best first, at most {@link #MAX_PER_STAGE}; never null
     * @param candidate when no recommended touchpoint fits, the best-ranked one that fits this phase
     *     at all; otherwise null
     * @param position the 0-based position of the phase in the journey
     */
    public record Stage(String phaseId, String label, List<Row> touchpoints, Row candidate, int position) {

        /** How many touchpoints a stage names at most. */
        public static final int MAX_PER_STAGE = 3;

        /** The width of one stage's arrow in the result page's journey strip (viewBox 600 × 64). */
        private static final int STRIP_STEP = 100;

        public Stage {
            touchpoints = List.copyOf(touchpoints);
        }

        /** Whether no recommended touchpoint covers this phase. */
        public boolean gap() {
            return touchpoints.isEmpty();
        }

        /** The phase's initial in capitals, such as "A"; never null. */
        public String initial() {
            return phaseId.substring(0, 1).toUpperCase(Locale.ROOT);
        }

        /** The corners of this stage's arrow in the journey strip, as SVG polygon points; never null. */
        public String stripPoints() {
            int x = position * STRIP_STEP;
            return x + ",2 " + (x + 92) + ",2 " + (x + 100) + ",32 " + (x + 92) + ",62 " + x + ",62 " + (x + 8) + ",32";
        }

        /** The horizontal middle of this stage's arrow in the journey strip; for its labels. */
        public int stripCenter() {
            return position * STRIP_STEP + 52;
        }
    }

    /**
     * The answer given to one question.
     *
     * @param questionId the question's id, never null
     * @param topic the question's topic in the locale's language, never null
     * @param levelId the chosen level's id, never null
     * @param level the chosen level's label in the locale's language, never null
     */
    public record Answer(String questionId, String topic, String levelId, String level) {}

    /**
     * The view of an evaluation in the locale's language (English for English locales, German
     * otherwise).
     *
     * @param evaluation the evaluation, not null
     * @param locale the language to show, not null
     */
    public static ResultView of(Evaluation evaluation, Locale locale) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(locale, "locale");
        Catalog catalog = evaluation.catalog();
        List<Row> ranking = ResultViewParts.ranking(evaluation, locale);
        return new ResultView(
                catalog.id(),
                catalog.title().in(locale),
                ResultCode.encode(evaluation.answers()),
                ResultCode.resultLink(evaluation.answers()),
                ResultCode.questionnaireLink(evaluation.answers()),
                ranking,
                ResultViewParts.groups(catalog.recommendations(), ranking, locale),
                ResultViewParts.answers(evaluation, locale),
                ResultViewParts.journey(catalog, ranking, locale),
                outcome(evaluation),
                commonLevel(evaluation, locale));
    }

    /** What the answers of a complete evaluation allow the result to say; never null. */
    public static Outcome outcome(Evaluation evaluation) {
        List<AnswerLevel> given = given(evaluation);
        if (given.stream().map(AnswerLevel::id).distinct().count() != 1) {
            return Outcome.RANKED;
        }
        return given.get(0).points() == 0 ? Outcome.NO_BASIS : Outcome.UNIFORM;
    }

    private static String commonLevel(Evaluation evaluation, Locale locale) {
        return outcome(evaluation) == Outcome.RANKED ? null : given(evaluation).get(0).label().in(locale);
    }

    private static List<AnswerLevel> given(Evaluation evaluation) {
        return evaluation.catalog().questions().stream()
                .map(question -> evaluation.answers().level(question).orElseThrow())
                .toList();
    }

    /** The query that a guide page needs to show this result's fit: {@code k=2022&a=...}; never null. */
    public String guideQuery() {
        return ResultCode.CATALOG_PARAMETER + "=" + catalogId + "&" + ResultCode.ANSWERS_PARAMETER + "=" + code;
    }

    /** Whether the answers differ, so that the ranking tells which touchpoints fit better. */
    public boolean ranked() {
        return outcome == Outcome.RANKED;
    }

    /** The best-ranked touchpoints that share the highest percentage, at least one; never null. */
    public List<Row> leaders() {
        return ranking.stream().filter(row -> row.place() == 1).toList();
    }

    /** The first {@code count} touchpoints of the ranking (fewer if there are fewer); never null. */
    public List<Row> top(int count) {
        return ranking.subList(0, Math.min(count, ranking.size()));
    }

    /**
     * A percentage with one decimal as the locale writes it: "77,2 %" (no-break space) in German,
     * "77.2%" in English.
     */
    public static String formatPercent(Percent percent, Locale locale) {
        String number = oneDecimal(percent.rounded(), locale);
        return "en".equals(Texts.language(locale)) ? number + "%" : number + "\u00a0%";
    }

    /** A number with exactly one decimal, without grouping, as the locale writes it: "2,5" or "2.5". */
    public static String oneDecimal(BigDecimal number, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(Texts.supported(locale));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(false);
        return format.format(number);
    }

    /** The best-ranked touchpoint, never null. */
    public Row best() {
        return ranking.get(0);
    }

    /** The journey phases that no recommended touchpoint covers; never null. */
    public List<Stage> gaps() {
        return journey.stream().filter(Stage::gap).toList();
    }

    /** The groups that have at least one touchpoint, highest level first; never null. */
    public List<Group> filledGroups() {
        return groups.stream().filter(g -> !g.rows().isEmpty()).toList();
    }
}
