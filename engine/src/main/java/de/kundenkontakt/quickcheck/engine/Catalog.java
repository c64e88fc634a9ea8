package de.kundenkontakt.quickcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of the Quickcheck: its questions, answer levels, touchpoints, the weight of each
 * question for each touchpoint, and the recommendation thresholds. Immutable and thread-safe.
 */
public final class Catalog {

    /** The lowest weight a question can have for a touchpoint. */
    public static final int MIN_WEIGHT = 0;

    /** The highest weight a question can have for a touchpoint. */
    public static final int MAX_WEIGHT = 3;

    private final String id;
    private final LocalizedText title;
    private final List<Question> questions;
    private final List<AnswerLevel> levels;
    private final List<Touchpoint> touchpoints;
    private final int[][] weights;
    private final List<Recommendation> recommendations;
    private final Map<String, Question> questionsById;
    private final Map<String, AnswerLevel> levelsById;
    private final Map<String, Touchpoint> touchpointsById;
    private final int maximumPoints;
    private final Question entryCostQuestion;
    private final Question runningCostQuestion;
    /** Index of each answer level by its id. */
    private final Map<String, Integer> levelIndexById;
    /** The arithmetic of {@link #evaluate}, prepared once. */
    private final Scoring scoring;

    private Catalog(
            String id,
            LocalizedText title,
            List<Question> questions,
            List<AnswerLevel> levels,
            List<Touchpoint> touchpoints,
            int[][] weights,
            List<Recommendation> recommendations,
            Question entryCostQuestion,
            Question runningCostQuestion) {
        this.id = id;
        this.title = title;
        this.questions = questions;
        this.levels = levels;
        this.touchpoints = touchpoints;
        this.weights = weights;
        this.recommendations = recommendations;
        this.questionsById = index(questions, Question::id);
        this.levelsById = index(levels, AnswerLevel::id);
        this.touchpointsById = index(touchpoints, Touchpoint::id);
        this.maximumPoints = levels.stream().mapToInt(AnswerLevel::points).max().orElse(0);
        this.entryCostQuestion = entryCostQuestion;
        this.runningCostQuestion = runningCostQuestion;
        Map<String, Integer> levelIndexes = new HashMap<>();
        for (int l = 0; l < levels.size(); l++) {
            levelIndexes.put(levels.get(l).id(), l);
        }
        this.levelIndexById = Map.copyOf(levelIndexes);
        this.scoring = new Scoring(questions, levels, touchpoints.size(), weights, maximumPoints);
    }

    /** The position of the answer level with this id among {@link #levels()}, or -1. */
    int levelIndex(String levelId) {
        Integer index = levelIndexById.get(levelId);
        return index == null ? -1 : index;
    }

    /**
     * Creates a validated catalogue.
     *
     * @param id the version id, such as "2022", not blank
     * @param title the title, not null
     * @param questions the questions in catalogue order, positions 0..n-1, not empty
     * @param levels the answer levels from lowest to highest, not empty, highest points above 0
     * @param touchpoints the touchpoints in catalogue order, positions 0..m-1, not empty
     * @param weights {@code weights[question][touchpoint]}, each 0..3; copied
     * @param recommendations the levels of recommendation, any order; one must start at 0 %
     * @throws CatalogException naming the first inconsistency found
     */
    public static Catalog of(
            String id,
            LocalizedText title,
            List<Question> questions,
            List<AnswerLevel> levels,
            List<Touchpoint> touchpoints,
            int[][] weights,
            List<Recommendation> recommendations) {
        if (id == null || id.isBlank()) {
            throw new CatalogException("catalogue id is blank");
        }
        Objects.requireNonNull(title, "title");
        int[][] copy = CatalogRules.check(id, questions, levels, touchpoints, weights, recommendations);
        List<Recommendation> byThreshold = new ArrayList<>(recommendations);
        byThreshold.sort(Comparator.comparingInt(Recommendation::minimumPercent).reversed());
        return new Catalog(
                id,
                title,
                List.copyOf(questions),
                List.copyOf(levels),
                List.copyOf(touchpoints),
                copy,
                List.copyOf(byThreshold),
                null,
                null);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream()
                .collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    /** The version id, such as "2022"; never null. */
    public String id() {
        return id;
    }

    /** The title; never null. */
    public LocalizedText title() {
        return title;
    }

    /** The questions in catalogue order; never null, unmodifiable. */
    public List<Question> questions() {
        return questions;
    }

    /** The answer levels from lowest to highest; never null, unmodifiable. */
    public List<AnswerLevel> levels() {
        return levels;
    }

    /** The touchpoints in catalogue order; never null, unmodifiable. */
    public List<Touchpoint> touchpoints() {
        return touchpoints;
    }

    /** The recommendation levels, highest threshold first; never null, unmodifiable. */
    public List<Recommendation> recommendations() {
        return recommendations;
    }

    /** The question with this id, if the catalogue has it. */
    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(questionsById.get(questionId));
    }

    /** The answer level with this id, if the catalogue has it. */
    public Optional<AnswerLevel> level(String levelId) {
        return Optional.ofNullable(levelsById.get(levelId));
    }

    /** The touchpoint with this id, if the catalogue has it. */
    public Optional<Touchpoint> touchpoint(String touchpointId) {
        return Optional.ofNullable(touchpointsById.get(touchpointId));
    }

    /** The recommendation with this id, if the catalogue has it. */
    public Optional<Recommendation> recommendation(String recommendationId) {
        return recommendations.stream().filter(r -> r.id().equals(recommendationId)).findFirst();
    }

    /** The weight, 0..3, of the question for the touchpoint; both must belong to this catalogue. */
    public int weight(Question question, Touchpoint touchpoint) {
        requireOwn(question.id(), questionsById.get(question.id()) == question, "question");
        requireOwn(touchpoint.id(), touchpointsById.get(touchpoint.id()) == touchpoint, "touchpoint");
        return weights[question.position()][touchpoint.position()];
    }

    private void requireOwn(String itemId, boolean own, String what) {
        if (!own) {
            throw new IllegalArgumentException(what + " \"" + itemId + "\" is not part of catalogue " + id);
        }
    }

    /**
     * Returns a copy of this catalogue that knows which questions measure entry and running cost,
     * so that it can tell how expensive each touchpoint is.
     *
     * @param entryCostQuestionId id of a question of this catalogue, such as "einstiegskosten"
     * @param runningCostQuestionId id of a question of this catalogue, such as "laufende-kosten"
     * @throws CatalogException if either question is unknown
     */
    public Catalog withCostQuestions(String entryCostQuestionId, String runningCostQuestionId) {
        Question entry = question(entryCostQuestionId).orElseThrow(() -> new CatalogException(
                "catalogue " + id + ": entry cost question \"" + entryCostQuestionId + "\" is unknown"));
        Question running = question(runningCostQuestionId).orElseThrow(() -> new CatalogException(
                "catalogue " + id + ": running cost question \"" + runningCostQuestionId + "\" is unknown"));
        return new Catalog(id, title, questions, levels, touchpoints, weights, recommendations, entry, running);
    }

    /** The question whose weights tell how cheap a touchpoint is to start, if the catalogue names one. */
    public Optional<Question> entryCostQuestion() {
        return Optional.ofNullable(entryCostQuestion);
    }

    /** The question whose weights tell how cheap a touchpoint is to run, if the catalogue names one. */
    public Optional<Question> runningCostQuestion() {
        return Optional.ofNullable(runningCostQuestion);
    }

    /** How costly the touchpoint is to start, if the catalogue names its entry cost question. */
    public Optional<CostLevel> entryCost(Touchpoint touchpoint) {
        return Optional.ofNullable(entryCostQuestion).map(q -> CostLevel.fromWeight(weight(q, touchpoint)));
    }

    /** How costly the touchpoint is to run, if the catalogue names its running cost question. */
    public Optional<CostLevel> runningCost(Touchpoint touchpoint) {
        return Optional.ofNullable(runningCostQuestion).map(q -> CostLevel.fromWeight(weight(q, touchpoint)));
    }

    /** The points of the highest answer level. */
    public int maximumPoints() {
        return maximumPoints;
    }

    /** The highest recommendation whose threshold the exact percentage reaches; never null. */
    public Recommendation recommendationFor(Percent percent) {
        for (Recommendation recommendation : recommendations) {
            if (percent.isAtLeast(recommendation.minimumPercent())) {
                return recommendation;
            }
        }
        throw new IllegalStateException("no recommendation for " + percent);
    }

    /**
     * Scores complete answers: {@code score(t) = Σ points(q) × weight(q,t)} over all questions,
     * {@code percent(t) = 100 × score(t) / Σ maximumPoints × weight(q,t)}, exactly; ranks by
     * percent, highest first, equal percents in catalogue order.
     *
     * @param answers complete answers to this catalogue, not null
     * @throws InvalidAnswersException if a question is open
     * @throws IllegalArgumentException if the answers belong to another catalogue
     */
    public Evaluation evaluate(Answers answers) {
        Objects.requireNonNull(answers, "answers");
        if (answers.catalog() != this) {
            throw new IllegalArgumentException(
                    "answers belong to catalogue " + answers.catalog().id() + ", not " + id);
        }
        if (!answers.isComplete()) {
            throw new InvalidAnswersException(
                    answers.openQuestions().stream()
                            .map(q -> new AnswerProblem(AnswerProblem.Kind.MISSING, q.id(), null))
                            .toList());
        }
        // The contributions are the catalogue's prepared ones, listed per touchpoint on demand.
        int[] chosen = answers.levelIndexes();
        Percent[] percents = scoring.score(chosen);
        int[] order = Scoring.rankOrder(percents);
        TouchpointResult[] ranking = new TouchpointResult[order.length];
        for (int i = 0; i < order.length; i++) {
            int t = order[i];
            ranking[i] = new TouchpointResult(
                    i + 1,
                    touchpoints.get(t),
                    percents[t],
                    recommendationFor(percents[t]),
                    scoring.contributions(chosen, t));
        }
        return new Evaluation(answers, List.of(ranking));
    }

    @Override
    public String toString() {
        return "Catalog[" + id + ", " + questions.size() + " questions, " + touchpoints.size() + " touchpoints]";
    }
}
