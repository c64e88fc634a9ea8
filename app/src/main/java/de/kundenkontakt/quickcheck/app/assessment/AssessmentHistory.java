package de.kundenkontakt.quickcheck.app.assessment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The re-assessment links between stored assessments, walked in the caller's transaction: what an
 * assessment re-assesses and the whole history it belongs to. Thread-safe.
 */
final class AssessmentHistory {

    private final Assessments assessments;

    AssessmentHistory(Assessments assessments) {
        this.assessments = assessments;
    }

    /**
     * Every assessment of the history this one belongs to: the ones it re-assesses (back to the
     * first), itself, and every re-assessment of any of them, oldest first. Deleting an assessment
     * cuts the history there.
     */
    List<Assessment> of(Assessment assessment) {
        Assessment first = assessment;
        Set<UUID> seen = new HashSet<>();
        seen.add(first.id());
        Optional<Assessment> earlier = previousOf(first);
        while (earlier.isPresent() && seen.add(earlier.get().id())) {
            first = earlier.get();
            earlier = previousOf(first);
        }
        List<Assessment> all = new ArrayList<>();
        Deque<Assessment> open = new ArrayDeque<>(List.of(first));
        Set<UUID> visited = new HashSet<>();
        while (!open.isEmpty()) {
            Assessment next = open.removeFirst();
            if (visited.add(next.id())) {
                all.add(next);
                open.addAll(assessments.findReassessmentsOf(next.id()));
            }
        }
        all.sort(Comparator.comparing(Assessment::createdAt).thenComparing(a -> a.id().toString()));
        return all;
    }

    /** The assessment that {@code assessment} re-assesses, if it has one that still exists. */
    Optional<Assessment> previousOf(Assessment assessment) {
        return assessment.reassessedFrom().flatMap(assessments::findById);
    }

    /**
     * The comparison of {@code later} with the assessment it re-assesses; empty if it is no
     * re-assessment, the earlier one was deleted, or either is still a draft.
     */
    Optional<AssessmentComparison> comparison(Assessment later) {
        return later.evaluation().flatMap(after -> previousOf(later)
                .flatMap(Assessment::evaluation)
                .map(before -> AssessmentComparison.of(before, after)));
    }
}
