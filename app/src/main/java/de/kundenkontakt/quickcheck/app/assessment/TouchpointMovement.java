package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.Touchpoint;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.Objects;

/**
 * How one touchpoint's result moved between an assessment and its re-assessment. Ranks count only
 * the touchpoints both catalogues share, so that they compare; with the same catalogue they are
 * the ranks of the two evaluations. Immutable and thread-safe.
 *
 * @param touchpoint the touchpoint as the later catalogue has it, not null
 * @param before the earlier result, not null
 * @param after the later result, not null
 * @param rankBefore the 1-based earlier rank among the shared touchpoints
 * @param rankAfter the 1-based later rank among the shared touchpoints
 */
public record TouchpointMovement(
        Touchpoint touchpoint, TouchpointResult before, TouchpointResult after, int rankBefore, int rankAfter) {

    public TouchpointMovement {
        Objects.requireNonNull(touchpoint, "touchpoint");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** The change of the displayed percent in tenths of a percent: 25 for 61.3 → 63.8. */
    public long deltaTenths() {
        return after.percent().tenths() - before.percent().tenths();
    }

    /** Which way the displayed percent moved; never null. */
    public Direction direction() {
        return Direction.of(deltaTenths());
    }

    /** Places gained in the ranking: positive when it moved up, negative when it moved down. */
    public int rankChange() {
        return rankBefore - rankAfter;
    }

    /** Whether the recommendation is a different one now (compared by id). */
    public boolean recommendationChanged() {
        return !before.recommendation().id().equals(after.recommendation().id());
    }
}
