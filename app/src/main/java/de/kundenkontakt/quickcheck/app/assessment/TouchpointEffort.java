package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.CostLevel;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.util.Objects;

/**
 * What it takes to introduce and to run a touchpoint, as the catalogue tells through the weights
 * of its cost questions ("einstiegskosten", "laufende-kosten": 3 → low, 2 → medium, 0–1 → high;
 * see {@link CostLevel#fromWeight}). Immutable and thread-safe.
 *
 * @param entryCost the cost of getting started, not null
 * @param runningCost the cost of keeping it running, not null
 */
public record TouchpointEffort(CostLevel entryCost, CostLevel runningCost) {

    public TouchpointEffort {
        Objects.requireNonNull(entryCost, "entryCost");
        Objects.requireNonNull(runningCost, "runningCost");
    }

    /**
     * The effort of a touchpoint of the catalogue.
     *
     * @throws IllegalArgumentException if the touchpoint is not in the catalogue or the catalogue
     *     names no cost questions
     */
    public static TouchpointEffort of(Catalog catalog, Touchpoint touchpoint) {
        return new TouchpointEffort(
                catalog.entryCost(touchpoint).orElseThrow(() -> noCostQuestions(catalog)),
                catalog.runningCost(touchpoint).orElseThrow(() -> noCostQuestions(catalog)));
    }

    /** The message key of a cost level's label in bundle {@code i18n/assessment}; never null. */
    public static String messageKey(CostLevel level) {
        return "assessment.cost." + level.id();
    }

    private static IllegalArgumentException noCostQuestions(Catalog catalog) {
        return new IllegalArgumentException("catalogue " + catalog.id() + " names no cost questions");
    }
}
