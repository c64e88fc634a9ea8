package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.util.Objects;

/**
 * What it takes to introduce and to run a touchpoint, read from the catalogue: the weights of the
 * questions {@value #ENTRY_COST_QUESTION} and {@value #RUNNING_COST_QUESTION} for it (see {@link
 * CostLevel#fromWeight}). Immutable and thread-safe.
 *
 * @param entryCost the cost of getting started, not null
 * @param runningCost the cost of keeping it running, not null
 */
public record TouchpointEffort(CostLevel entryCost, CostLevel runningCost) {

    /** The id of the question "Geringe Einstiegskosten". */
    public static final String ENTRY_COST_QUESTION = "einstiegskosten";

    /** The id of the question "Geringe laufende Kosten". */
    public static final String RUNNING_COST_QUESTION = "laufende-kosten";

    public TouchpointEffort {
        Objects.requireNonNull(entryCost, "entryCost");
        Objects.requireNonNull(runningCost, "runningCost");
    }

    /**
     * The effort of a touchpoint of the catalogue.
     *
     * @throws IllegalArgumentException if the touchpoint or a cost question is not in the catalogue
     */
    public static TouchpointEffort of(Catalog catalog, Touchpoint touchpoint) {
        return new TouchpointEffort(
                CostLevel.fromWeight(catalog.weight(question(catalog, ENTRY_COST_QUESTION), touchpoint)),
                CostLevel.fromWeight(catalog.weight(question(catalog, RUNNING_COST_QUESTION), touchpoint)));
    }

    private static Question question(Catalog catalog, String id) {
        return catalog.question(id)
                .orElseThrow(() -> new IllegalArgumentException(
                        "catalogue " + catalog.id() + " has no question \"" + id + "\""));
    }
}
