package de.kundenkontakt.quickcheck.engine;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The consistency rules every {@link Catalog} obeys, checked once when it is made. */
final class CatalogRules {

    private CatalogRules() {}

    /**
     * Checks the parts of the catalogue {@code id} (see {@link Catalog#of}) and returns a copy of the weights.
     *
     * @throws CatalogException naming the first inconsistency found
     */
    static int[][] check(
            String id,
            List<Question> questions,
            List<AnswerLevel> levels,
            List<Touchpoint> touchpoints,
            int[][] weights,
            List<Recommendation> recommendations) {
        requireNotEmpty(id, "questions", questions);
        requireNotEmpty(id, "answer levels", levels);
        requireNotEmpty(id, "touchpoints", touchpoints);
        requireNotEmpty(id, "recommendations", recommendations);
        requireUnique(id, "question", questions.stream().map(Question::id).toList());
        requireUnique(id, "answer level", levels.stream().map(AnswerLevel::id).toList());
        requireUnique(id, "touchpoint", touchpoints.stream().map(Touchpoint::id).toList());
        requireUnique(id, "recommendation", recommendations.stream().map(Recommendation::id).toList());
        requireInOrder(id, "question", questions.stream().map(q -> new Positioned(q.id(), q.position())).toList());
        requireInOrder(id, "touchpoint", touchpoints.stream().map(t -> new Positioned(t.id(), t.position())).toList());
        if (levels.stream().mapToInt(AnswerLevel::points).max().orElse(0) <= 0) {
            throw new CatalogException("catalogue " + id + ": no answer level gives points");
        }
        if (recommendations.stream().noneMatch(r -> r.minimumPercent() == 0)) {
            throw new CatalogException("catalogue " + id + ": no recommendation starts at 0 percent");
        }
        return checkedWeights(id, questions, touchpoints, weights);
    }

    private record Positioned(String id, int position) {}

    private static void requireInOrder(String id, String what, List<Positioned> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).position() != i) {
                throw new CatalogException(
                        "catalogue " + id + ": " + what + " \"" + items.get(i).id()
                                + "\" has position " + items.get(i).position() + ", expected " + i);
            }
        }
    }

    private static int[][] checkedWeights(
            String id, List<Question> questions, List<Touchpoint> touchpoints, int[][] weights) {
        if (weights.length != questions.size()) {
            throw new CatalogException(
                    "catalogue " + id + ": " + weights.length + " weight rows for " + questions.size() + " questions");
        }
        int[][] copy = new int[questions.size()][];
        for (int q = 0; q < weights.length; q++) {
            String where = "catalogue " + id + ", question \"" + questions.get(q).id() + "\"";
            if (weights[q].length != touchpoints.size()) {
                throw new CatalogException(
                        where + ": " + weights[q].length + " weights for " + touchpoints.size() + " touchpoints");
            }
            for (int t = 0; t < weights[q].length; t++) {
                int weight = weights[q][t];
                if (weight < Catalog.MIN_WEIGHT || weight > Catalog.MAX_WEIGHT) {
                    throw new CatalogException(
                            where + ", touchpoint \"" + touchpoints.get(t).id() + "\": weight " + weight
                                    + " is outside " + Catalog.MIN_WEIGHT + ".." + Catalog.MAX_WEIGHT);
                }
            }
            copy[q] = weights[q].clone();
        }
        for (int t = 0; t < touchpoints.size(); t++) {
            int column = t;
            if (Arrays.stream(copy).allMatch(row -> row[column] == 0)) {
                throw new CatalogException(
                        "catalogue " + id + ", touchpoint \"" + touchpoints.get(t).id()
                                + "\": all weights are 0, so it can never be scored");
            }
        }
        return copy;
    }

    private static void requireNotEmpty(String id, String what, List<?> list) {
        if (list == null || list.isEmpty()) {
            throw new CatalogException("catalogue " + id + " has no " + what);
        }
    }

    private static void requireUnique(String id, String what, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String each : ids) {
            if (!seen.add(each)) {
                throw new CatalogException("catalogue " + id + ": duplicate " + what + " id \"" + each + "\"");
            }
        }
    }
}
