package de.kundenkontakt.quickcheck.app.assessment;

import java.util.Optional;

/**
 * The peer benchmark of a completed assessment, provided by the statistics (which keep the counts
 * it rests on). Implementations are thread-safe.
 */
public interface PeerBenchmarks {

    /**
     * The benchmark of comparable companies for {@code assessment}: of the same industry and size
     * class, else of the same size class, else of all, whichever first has at least
     * {@link PeerBenchmark#MINIMUM} assessments; empty when none has (or the assessment is a draft).
     *
     * @param assessment not null
     */
    Optional<PeerBenchmark> of(Assessment assessment);

    /**
     * Whether the assessment counts for benchmarks whatever its consent says, because an advisor
     * made it for a client company.
     *
     * @param assessment not null
     */
    boolean madeByAdvisor(Assessment assessment);
}
