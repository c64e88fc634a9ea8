package de.kundenkontakt.quickcheck.engine;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A digital customer touchpoint, such as "website". Immutable and thread-safe.
 *
 * @param id the public id, not null
 * @param position zero-based position in the catalogue, which breaks ties in a ranking
 * @param name the name shown to people, not null
 * @param guideChapter the chapter of the guide that describes it, not null, may be empty
 * @param phases the customer-journey phases where it fits, never null, unmodifiable
 */
public record Touchpoint(
        String id, int position, LocalizedText name, String guideChapter, Set<JourneyPhase> phases) {

    public Touchpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(guideChapter, "guideChapter");
        phases = phases.isEmpty()
                ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(phases));
    }

    /** Whether the guide places this touchpoint in the phase. */
    public boolean fits(JourneyPhase phase) {
        return phases.contains(phase);
    }
}
