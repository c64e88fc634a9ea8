package de.kundenkontakt.quickcheck.app.company;

import java.util.Arrays;
import java.util.Optional;

/** How the list of companies is ordered. The id appears in links. */
public enum CompanySort {
    /** By name, A to Z, ignoring case. */
    NAME("name"),
    /** Most recent assessment first; companies without one last. */
    LAST_ASSESSMENT("letzte-auswertung");

    private final String id;

    CompanySort(String id) {
        this.id = id;
    }

    /** The id in links; never null. */
    public String id() {
        return id;
    }

    /** The order with this id, empty for null or an unknown id. */
    public static Optional<CompanySort> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
