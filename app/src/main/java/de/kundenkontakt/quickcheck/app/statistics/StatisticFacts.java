package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.GapAnalysis;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the statistics count for one assessment (a row of {@code statistic_assessment}): where it
 * belongs (month, catalogue, profile, owner, re-assessment chain), whether it counts for
 * benchmarks, and its answers, recommendations and gaps encoded as one digit per question or
 * touchpoint in catalogue order. Immutable and thread-safe.
 *
 * @param assessmentId never null
 * @param chainId the first assessment of its re-assessment chain, never null
 * @param companyId null if made without an advisor
 * @param ownerId the consultant looking after the company, null without one
 * @param createdAt never null
 * @param monthStart the first day of the month it was created in, German time; never null
 * @param catalogId never null
 * @param industry the industry code or {@value #NOT_GIVEN}; never null
 * @param sizeClass the size class id or {@value #NOT_GIVEN}; never null
 * @param region the region id or {@value #NOT_GIVEN}; never null
 * @param complete whether it is complete (only complete assessments are counted)
 * @param eligible whether it may count for benchmarks: made for a company, or the consent is given
 * @param benchmark whether it counts for benchmarks now: complete, eligible and its chain's latest
 * @param answers level index per question ({@code '-'} for an open one); never null
 * @param recommendations recommendation index per touchpoint, null for a draft
 * @param gaps {@code '1'} per touchpoint recommended at least {@value GapAnalysis#RECOMMENDED_FROM}
 *     but not in use, else {@code '0'}; null for a draft or without a current state
 */
public record StatisticFacts(
        UUID assessmentId,
        UUID chainId,
        UUID companyId,
        UUID ownerId,
        Instant createdAt,
        LocalDate monthStart,
        String catalogId,
        String industry,
        String sizeClass,
        String region,
        boolean complete,
        boolean eligible,
        boolean benchmark,
        String answers,
        String recommendations,
        String gaps) {

    /** The stored value of a profile part that was not given. */
    public static final String NOT_GIVEN = "-";

    /** Orders the assessments of a chain: the latest created is the greatest. */
    public static final Comparator<StatisticFacts> LATEST = Comparator.comparing(StatisticFacts::createdAt)
            .thenComparing(f -> f.assessmentId().toString());

    public StatisticFacts {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(monthStart, "monthStart");
        Objects.requireNonNull(catalogId, "catalogId");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(sizeClass, "sizeClass");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(answers, "answers");
    }

    /**
     * The facts of an assessment as it is stored now, not yet counted for benchmarks.
     *
     * @param source not null
     * @param catalog the catalogue it pins, not null
     * @param chainId the first assessment of its chain, not null
     * @throws IllegalArgumentException if a level or touchpoint does not fit the catalogue, or the
     *     catalogue has more than ten answer levels or recommendations (one digit each)
     */
    public static StatisticFacts of(StatisticSource source, Catalog catalog, UUID chainId) {
        if (!catalog.id().equals(source.catalogId())) {
            throw new IllegalArgumentException("assessment " + source.id() + " pins " + source.catalogId());
        }
        if (catalog.levels().size() > 10 || catalog.recommendations().size() > 10) {
            throw new IllegalArgumentException("catalogue " + catalog.id() + " has more than ten levels or recommendations");
        }
        Answers answers = source.complete()
                ? Answers.complete(catalog, source.answers())
                : Answers.draft(catalog, source.answers());
        String recommendations = null;
        String gaps = null;
        if (source.complete()) {
            Evaluation evaluation = catalog.evaluate(answers);
            recommendations = recommendationDigits(catalog, evaluation);
            gaps = gapDigits(catalog, evaluation, CurrentState.parse(source.usages()).restrictedTo(catalog));
        }
        return new StatisticFacts(
                source.id(),
                chainId,
                source.companyId(),
                source.ownerId(),
                source.createdAt(),
                monthOf(source.createdAt()),
                catalog.id(),
                orNotGiven(source.industry()),
                orNotGiven(source.sizeClass()),
                orNotGiven(source.region()),
                source.complete(),
                source.companyId() != null || source.consent(),
                false,
                answerDigits(catalog, answers),
                recommendations,
                gaps);
    }

    /** The level of every question as one digit (its index), "-" where unanswered; in catalogue order. */
    private static String answerDigits(Catalog catalog, Answers answers) {
        StringBuilder digits = new StringBuilder(catalog.questions().size());
        for (Question question : catalog.questions()) {
            digits.append(answers.level(question).map(level -> digit(catalog.levels().indexOf(level))).orElse('-'));
        }
        return digits.toString();
    }

    /** The recommendation of every touchpoint as one digit (its index), in catalogue order. */
    private static String recommendationDigits(Catalog catalog, Evaluation evaluation) {
        char[] digits = new char[catalog.touchpoints().size()];
        for (TouchpointResult result : evaluation.ranking()) {
            digits[result.touchpoint().position()] = digit(catalog.recommendations().indexOf(result.recommendation()));
        }
        return new String(digits);
    }

    /** 1 for every touchpoint with unused potential, else 0; null when no current state was given. */
    private static String gapDigits(Catalog catalog, Evaluation evaluation, CurrentState state) {
        if (state.isEmpty()) {
            return null;
        }
        Set<String> potential = new HashSet<>();
        GapAnalysis.of(evaluation, state).potential().forEach(r -> potential.add(r.touchpoint().id()));
        StringBuilder digits = new StringBuilder(catalog.touchpoints().size());
        catalog.touchpoints().forEach(t -> digits.append(potential.contains(t.id()) ? '1' : '0'));
        return digits.toString();
    }

    /** The first day of the month (German time) that {@code instant} falls in. */
    public static LocalDate monthOf(Instant instant) {
        return instant.atZone(GermanTime.ZONE).toLocalDate().withDayOfMonth(1);
    }

    /** These facts in another chain. */
    public StatisticFacts inChain(UUID newChainId) {
        return new StatisticFacts(assessmentId, newChainId, companyId, ownerId, createdAt, monthStart, catalogId,
                industry, sizeClass, region, complete, eligible, benchmark, answers, recommendations, gaps);
    }

    /** These facts, counted for benchmarks or not. */
    public StatisticFacts countedForBenchmarks(boolean counted) {
        return new StatisticFacts(assessmentId, chainId, companyId, ownerId, createdAt, monthStart, catalogId,
                industry, sizeClass, region, complete, eligible, counted, answers, recommendations, gaps);
    }

    /** The answer level of the question at {@code position}, null when open. */
    public AnswerLevel level(Catalog catalog, int position) {
        char digit = answers.charAt(position);
        return digit == '-' ? null : catalog.levels().get(digit - '0');
    }

    /** The id of the recommendation of the touchpoint at {@code position}; only for complete facts. */
    public String recommendation(Catalog catalog, int position) {
        return catalog.recommendations().get(recommendations.charAt(position) - '0').id();
    }

    /** Whether the touchpoint at {@code position} is a gap; false without a current state. */
    public boolean gap(int position) {
        return gaps != null && gaps.charAt(position) == '1';
    }

    private static String orNotGiven(String value) {
        return value == null ? NOT_GIVEN : value;
    }

    private static char digit(int index) {
        if (index < 0 || index > 9) {
            throw new IllegalArgumentException("index " + index + " needs more than one digit");
        }
        return (char) ('0' + index);
    }
}
