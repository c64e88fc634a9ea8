package de.kundenkontakt.quickcheck.engine;

import java.util.List;

/**
 * The arithmetic of {@link Catalog#evaluate}, prepared once per catalogue: every contribution an
 * evaluation can produce ({@code [question][level][weight]}, so that an evaluation picks from it
 * instead of allocating one per question and touchpoint), each touchpoint's highest possible score,
 * the exact percentages and the rank order. Immutable and thread-safe.
 */
final class Scoring {

    private final List<AnswerLevel> levels;
    private final int[][] weights;
    private final Contribution[][][] contributionTable;
    /** {@code Σ maximumPoints × weight(q, t)} over all questions, per touchpoint. */
    private final long[] maximumByTouchpoint;

    /**
     * @param weights {@code weights[question][touchpoint]}, checked; not copied, never changed
     */
    Scoring(List<Question> questions, List<AnswerLevel> levels, int touchpoints, int[][] weights, int maximumPoints) {
        this.levels = levels;
        this.weights = weights;
        this.contributionTable = contributionTable(questions, levels, maximumPoints);
        this.maximumByTouchpoint = new long[touchpoints];
        for (int t = 0; t < touchpoints; t++) {
            for (int[] row : weights) {
                maximumByTouchpoint[t] += (long) maximumPoints * row[t];
            }
        }
    }

    private static Contribution[][][] contributionTable(
            List<Question> questions, List<AnswerLevel> levels, int maximumPoints) {
        Contribution[][][] table = new Contribution[questions.size()][levels.size()][Catalog.MAX_WEIGHT + 1];
        for (Question question : questions) {
            for (int l = 0; l < levels.size(); l++) {
                for (int w = Catalog.MIN_WEIGHT; w <= Catalog.MAX_WEIGHT; w++) {
                    table[question.position()][l][w] = new Contribution(question, levels.get(l), w, maximumPoints);
                }
            }
        }
        return table;
    }

    /** Each touchpoint's exact percentage, by touchpoint position, from the chosen level indexes. */
    Percent[] score(int[] chosen) {
        int[] points = new int[chosen.length];
        for (int q = 0; q < chosen.length; q++) {
            points[q] = levels.get(chosen[q]).points();
        }
        Percent[] percents = new Percent[maximumByTouchpoint.length];
        for (int t = 0; t < percents.length; t++) {
            long score = 0;
            for (int q = 0; q < points.length; q++) {
                score += (long) points[q] * weights[q][t];
            }
            percents[t] = new Percent(score, maximumByTouchpoint[t]);
        }
        return percents;
    }

    /**
     * The touchpoint positions, highest percent first, equal percents in catalogue order: a stable
     * insertion sort, which is all a few dozen touchpoints need.
     */
    static int[] rankOrder(Percent[] percents) {
        int[] order = new int[percents.length];
        for (int i = 0; i < percents.length; i++) {
            int j = i;
            while (j > 0 && percents[order[j - 1]].compareTo(percents[i]) < 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }

    /** The contributions of every question to the touchpoint at this position, for the chosen levels. */
    ContributionList contributions(int[] chosen, int touchpoint) {
        return new ContributionList(contributionTable, weights, chosen, touchpoint);
    }
}
