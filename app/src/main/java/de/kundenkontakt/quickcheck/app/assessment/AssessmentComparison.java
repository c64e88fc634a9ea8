package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An assessment held against an earlier one: the answers that changed and how each touchpoint
 * moved. When the catalogue versions differ, only the questions and touchpoints both have are
 * compared. Immutable and thread-safe.
 *
 * @param before the earlier evaluation, not null
 * @param after the later evaluation, not null
 * @param changedAnswers the shared questions answered differently, in the later catalogue's order;
 *     never null
 * @param movements every shared touchpoint, in the later ranking's order; never null
 * @param onlyBefore touchpoints only the earlier catalogue has, in its order; never null
 * @param onlyAfter touchpoints only the later catalogue has, in its order; never null
 */
public record AssessmentComparison(
        Evaluation before,
        Evaluation after,
        List<AnswerChange> changedAnswers,
        List<TouchpointMovement> movements,
        List<Touchpoint> onlyBefore,
        List<Touchpoint> onlyAfter) {

    public AssessmentComparison {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changedAnswers = List.copyOf(changedAnswers);
        movements = List.copyOf(movements);
        onlyBefore = List.copyOf(onlyBefore);
        onlyAfter = List.copyOf(onlyAfter);
    }

    /**
     * Compares two evaluations, the earlier first.
     *
     * @param before not null
     * @param after not null
     */
    public static AssessmentComparison of(Evaluation before, Evaluation after) {
        Catalog earlier = before.catalog();
        Catalog later = after.catalog();
        List<AnswerChange> changes = new ArrayList<>();
        for (Question question : later.questions()) {
            if (earlier.question(question.id()).isEmpty()) {
                continue;
            }
            AnswerLevel old = before.answers().level(question.id()).orElseThrow();
            AnswerLevel now = after.answers().level(question.id()).orElseThrow();
            if (!old.id().equals(now.id())) {
                changes.add(new AnswerChange(question, old, now));
            }
        }
        Set<String> shared = later.touchpoints().stream()
                .map(Touchpoint::id)
                .filter(id -> earlier.touchpoint(id).isPresent())
                .collect(Collectors.toSet());
        Map<String, Integer> ranksBefore = sharedRanks(before, shared);
        Map<String, Integer> ranksAfter = sharedRanks(after, shared);
        List<TouchpointMovement> movements = new ArrayList<>();
        for (TouchpointResult now : after.ranking()) {
            String id = now.touchpoint().id();
            if (shared.contains(id)) {
                movements.add(new TouchpointMovement(
                        now.touchpoint(), before.result(id).orElseThrow(), now, ranksBefore.get(id), ranksAfter.get(id)));
            }
        }
        List<Touchpoint> onlyBefore = earlier.touchpoints().stream().filter(t -> !shared.contains(t.id())).toList();
        List<Touchpoint> onlyAfter = later.touchpoints().stream().filter(t -> !shared.contains(t.id())).toList();
        return new AssessmentComparison(before, after, changes, movements, onlyBefore, onlyAfter);
    }

    private static Map<String, Integer> sharedRanks(Evaluation evaluation, Set<String> shared) {
        Map<String, Integer> ranks = new HashMap<>();
        for (TouchpointResult result : evaluation.ranking()) {
            if (shared.contains(result.touchpoint().id())) {
                ranks.put(result.touchpoint().id(), ranks.size() + 1);
            }
        }
        return ranks;
    }

    /** Whether both evaluations use the same catalogue version. */
    public boolean sameCatalog() {
        return before.catalog().id().equals(after.catalog().id());
    }

    /** The earlier catalogue version id; never null. */
    public String catalogBefore() {
        return before.catalog().id();
    }

    /** The later catalogue version id; never null. */
    public String catalogAfter() {
        return after.catalog().id();
    }
}
