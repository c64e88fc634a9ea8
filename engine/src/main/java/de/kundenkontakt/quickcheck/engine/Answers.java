package de.kundenkontakt.quickcheck.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The levels a company chose for the questions of one catalogue, possibly incomplete while a
 * draft. Every given answer is known to the catalogue. Immutable and thread-safe.
 */
public final class Answers {

    private final Catalog catalog;
    private final Map<Question, AnswerLevel> levels;
    /** The index of the chosen level among the catalogue's levels, by question position; -1 while open. */
    private final int[] levelIndexes;

    private Answers(Catalog catalog, Map<Question, AnswerLevel> levels, int[] levelIndexes) {
        this.catalog = catalog;
        this.levels = Collections.unmodifiableMap(levels);
        this.levelIndexes = levelIndexes;
    }

    /**
     * Complete answers: every question of the catalogue answered with a known level.
     *
     * @param catalog the catalogue, not null
     * @param byQuestionId level id by question id, not null
     * @throws InvalidAnswersException naming every missing, unknown or badly answered question
     */
    public static Answers complete(Catalog catalog, Map<String, String> byQuestionId) {
        return parse(catalog, byQuestionId, true);
    }

    /**
     * Answers that may leave questions open, such as a saved draft; given answers must still be
     * known to the catalogue.
     *
     * @param catalog the catalogue, not null
     * @param byQuestionId level id by question id, not null; null or blank levels count as open
     * @throws InvalidAnswersException naming every unknown question or level
     */
    public static Answers draft(Catalog catalog, Map<String, String> byQuestionId) {
        return parse(catalog, byQuestionId, false);
    }

    private static Answers parse(
            Catalog catalog, Map<String, String> byQuestionId, boolean requireAll) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(byQuestionId, "byQuestionId");
        List<AnswerProblem> problems = new ArrayList<>();
        Map<Question, AnswerLevel> levels = new LinkedHashMap<>();
        int[] levelIndexes = new int[catalog.questions().size()];
        Arrays.fill(levelIndexes, -1);
        for (Question question : catalog.questions()) {
            String levelId = byQuestionId.get(question.id());
            if (levelId == null || levelId.isBlank()) {
                if (requireAll) {
                    problems.add(new AnswerProblem(AnswerProblem.Kind.MISSING, question.id(), null));
                }
                continue;
            }
            int index = catalog.levelIndex(levelId);
            if (index >= 0) {
                levels.put(question, catalog.levels().get(index));
                levelIndexes[question.position()] = index;
            } else {
                problems.add(
                        new AnswerProblem(AnswerProblem.Kind.UNKNOWN_LEVEL, question.id(), levelId));
            }
        }
        for (String questionId : byQuestionId.keySet()) {
            if (questionId == null || catalog.question(questionId).isEmpty()) {
                problems.add(
                        new AnswerProblem(
                                AnswerProblem.Kind.UNKNOWN_QUESTION, String.valueOf(questionId), null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        return new Answers(catalog, levels, levelIndexes);
    }

    /**
     * The index of the chosen level among the catalogue's levels, by question position, -1 while
     * open; the array itself, which nobody may change.
     */
    int[] levelIndexes() {
        return levelIndexes;
    }

    /** The catalogue these answers belong to, never null. */
    public Catalog catalog() {
        return catalog;
    }

    /** The level chosen for the question, empty while it is open. */
    public Optional<AnswerLevel> level(Question question) {
        return Optional.ofNullable(levels.get(question));
    }

    /** The level chosen for the question with this id, empty while open or unknown. */
    public Optional<AnswerLevel> level(String questionId) {
        return catalog.question(questionId).flatMap(this::level);
    }

    /** How many questions are answered. */
    public int answeredCount() {
        return levels.size();
    }

    /** Whether every question of the catalogue is answered. */
    public boolean isComplete() {
        return levels.size() == catalog.questions().size();
    }

    /** The questions still open, in catalogue order; never null. */
    public List<Question> openQuestions() {
        return catalog.questions().stream().filter(q -> !levels.containsKey(q)).toList();
    }

    /** Level id by question id in catalogue order, only answered questions; never null. */
    public Map<String, String> asIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        levels.forEach((question, level) -> ids.put(question.id(), level.id()));
        return Collections.unmodifiableMap(ids);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that
                && catalog.id().equals(that.catalog.id())
                && asIds().equals(that.asIds());
    }

    @Override
    public int hashCode() {
        return Objects.hash(catalog.id(), asIds());
    }

    @Override
    public String toString() {
        return "Answers[" + catalog.id() + ", " + asIds() + "]";
    }
}
