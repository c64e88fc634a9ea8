package de.kundenkontakt.quickcheck.app.assessment;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Something happened to a saved assessment. {@link AssessmentService} publishes these inside the
 * transaction that did it, after the change is written, so that listeners (such as the summary
 * tables of the statistics) can act in the same transaction; an exception of a listener undoes the
 * change. Immutable and thread-safe.
 */
public sealed interface AssessmentEvent {

    /** The internal id of the assessment; never null. */
    UUID assessmentId();

    /** A new assessment was saved (a draft or complete). */
    record Created(UUID assessmentId) implements AssessmentEvent {

        public Created {
            Objects.requireNonNull(assessmentId, "assessmentId");
        }
    }

    /**
     * A saved assessment changed.
     *
     * @param what what changed; never null or empty, unmodifiable
     */
    record Changed(UUID assessmentId, Set<Change> what) implements AssessmentEvent {

        public Changed {
            Objects.requireNonNull(assessmentId, "assessmentId");
            if (what.isEmpty()) {
                throw new IllegalArgumentException("nothing changed");
            }
            what = Set.copyOf(EnumSet.copyOf(what));
        }
    }

    /** An assessment is being deleted; published before its row goes, in the same transaction. */
    record Deleted(UUID assessmentId) implements AssessmentEvent {

        public Deleted {
            Objects.requireNonNull(assessmentId, "assessmentId");
        }
    }

    /** What can change about a saved assessment. */
    enum Change {
        /** Its answers. */
        ANSWERS,
        /** It went from draft to complete. */
        COMPLETED,
        /** Its company profile. */
        PROFILE,
        /** Its current state. */
        CURRENT_STATE,
        /** Whether it may count for anonymous benchmarks. */
        BENCHMARK_CONSENT
    }
}
