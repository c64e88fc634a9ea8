package de.kundenkontakt.quickcheck.app.company;

import de.kundenkontakt.quickcheck.app.shared.PublicId;
import java.util.Optional;

/** How the list of companies is ordered. The id appears in links. */
public enum CompanySort implements PublicId {
    /** By name, A to Z, ignoring case. */
    NAME("name"),
    /** Most recent assessment first; companies without one last. */
    LAST_ASSESSMENT("letzte-auswertung");

    private final String id;

    CompanySort(String id) {
        this.id = id;
    }

    /** The id in links; never null. */
    @Override
    public String id() {
        return id;
    }

    /** The order with this id, empty for null or an unknown id. */
    public static Optional<CompanySort> byId(String id) {
        return PublicId.byId(CompanySort.class, id);
    }
}
