package de.kundenkontakt.quickcheck.app.assessment;

import java.util.HashMap;
import java.util.Map;

/**
 * How a company profile is written to a row: the tables {@code assessment} and {@code company} keep
 * it in the same way, by the ids of its industry, size class, region and market.
 */
public final class ProfileColumns {

    private ProfileColumns() {}

    /**
     * The profile as the named parameters {@code name}, {@code industry}, {@code size}, {@code region}
     * and {@code market} of an INSERT or UPDATE; a value the profile leaves open is null.
     *
     * @param profile not null
     * @return never null
     */
    public static Map<String, Object> parameters(CompanyProfile profile) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", profile.companyName());
        params.put("industry", profile.industryCode());
        params.put("size", profile.sizeClassId());
        params.put("region", profile.regionId());
        params.put("market", profile.marketId());
        return params;
    }
}
