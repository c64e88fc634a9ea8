package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.app.catalog.TouchpointCosts;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.Objects;

/**
 * One step of an action plan: a touchpoint with potential, how well it fits and what it takes.
 * Immutable and thread-safe.
 *
 * @param result the touchpoint's result: rank, percent and recommendation (its fit); not null
 * @param cost its entry and running cost as the reviewed cost data states them, not null
 * @param quickWin whether it is a quick win (see {@link ActionPlan}): high fit, low entry cost and
 *     no high running cost where the company rated low running costs important
 */
public record ActionItem(TouchpointResult result, TouchpointCosts.Cost cost, boolean quickWin) {

    public ActionItem {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(cost, "cost");
    }

    /** The id of the touchpoint; never null. */
    public String touchpointId() {
        return result.touchpoint().id();
    }

    /**
     * The message key, in bundle {@code i18n/assessment}, of a first step in plain words:
     * {@code assessment.firstStep.<touchpoint id>}; never null.
     */
    public String firstStepKey() {
        return firstStepKey(touchpointId());
    }

    /** The message key of the first step for the touchpoint with this id; never null. */
    public static String firstStepKey(String touchpointId) {
        return "assessment.firstStep." + touchpointId;
    }
}
