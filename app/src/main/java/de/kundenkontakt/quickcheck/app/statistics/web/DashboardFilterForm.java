package de.kundenkontakt.quickcheck.app.statistics.web;

import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.statistics.DashboardFilter;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the dashboard's filter form (a GET form) and its download links send, bound as sent: any
 * part may be null, blank or anything a tampered link holds. Immutable.
 *
 * @param from the first month, {@code yyyy-MM}
 * @param to the last month, {@code yyyy-MM}
 * @param industry a WZ section code
 * @param sizeClass a size class id
 * @param region a region id
 * @param catalog a catalogue id
 */
record DashboardFilterForm(String from, String to, String industry, String sizeClass, String region, String catalog) {

    /**
     * The filter this form describes.
     *
     * @throws DashboardFilter.InvalidFilterException naming every parameter that cannot be used
     */
    DashboardFilter parse(ProfileOptions options, Catalogs catalogs, Clock clock) {
        return DashboardFilter.parse(from, to, industry, sizeClass, region, catalog, options, catalogs, clock);
    }

    /** The values as the form shows them again, by parameter name in form order ("" for none); mutable. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", from == null ? "" : from);
        values.put("to", to == null ? "" : to);
        values.put("industry", industry == null ? "" : industry);
        values.put("sizeClass", sizeClass == null ? "" : sizeClass);
        values.put("region", region == null ? "" : region);
        values.put("catalog", catalog == null ? "" : catalog);
        return values;
    }
}
