package de.kundenkontakt.quickcheck.app.assessment;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Publishes what happened to an assessment as {@link AssessmentEvent}s, in the caller's
 * transaction, so that listeners (statistics) change with it or not at all. Thread-safe.
 */
final class AssessmentEvents {

    private final Consumer<Object> publisher;

    /** @param publisher hands an event to the listeners, such as Spring's {@code publishEvent} */
    AssessmentEvents(Consumer<Object> publisher) {
        this.publisher = publisher;
    }

    /** A new assessment was stored. */
    void created(Assessment assessment) {
        publisher.accept(new AssessmentEvent.Created(assessment.id()));
    }

    /** {@code before} became {@code after}; publishes nothing when nothing a listener sees changed. */
    void changed(Assessment before, Assessment after) {
        Set<AssessmentEvent.Change> what = EnumSet.noneOf(AssessmentEvent.Change.class);
        if (!before.answers().equals(after.answers())) {
            what.add(AssessmentEvent.Change.ANSWERS);
        }
        if (!before.isComplete() && after.isComplete()) {
            what.add(AssessmentEvent.Change.COMPLETED);
        }
        if (!before.profile().equals(after.profile())) {
            what.add(AssessmentEvent.Change.PROFILE);
        }
        if (!before.currentState().equals(after.currentState())) {
            what.add(AssessmentEvent.Change.CURRENT_STATE);
        }
        if (!what.isEmpty()) {
            publisher.accept(new AssessmentEvent.Changed(after.id(), what));
        }
    }

    /** The assessment's consent to count for benchmarks was turned on or off. */
    void benchmarkConsentChanged(Assessment changed) {
        publisher.accept(new AssessmentEvent.Changed(changed.id(), Set.of(AssessmentEvent.Change.BENCHMARK_CONSENT)));
    }

    /** The assessment with this id is about to be deleted (its rows are still there). */
    void deleting(UUID id) {
        publisher.accept(new AssessmentEvent.Deleted(id));
    }
}
