package de.kundenkontakt.quickcheck.app.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Dates and times that people read, on the pages and in the names and contents of downloads, are in
 * the time of Germany, whatever the server's zone; so are the days the audit log filters by and the
 * calendar months the statistics count in.
 */
public final class GermanTime {

    /** The time zone of Germany. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private GermanTime() {}

    /** The instant in the time of Germany, for {@code #temporals.format}; null for null. */
    public static ZonedDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE);
    }
}
