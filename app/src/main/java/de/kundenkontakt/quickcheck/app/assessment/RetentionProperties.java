package de.kundenkontakt.quickcheck.app.assessment;

import java.time.Duration;

/**
 * {@code quickcheck.retention.*}: how long saved assessments are kept; null parts take the default.
 * Immutable.
 *
 * @param draftDays drafts nobody changed for this many days are deleted; 0 keeps them (default 90)
 * @param completeMonths completed assessments nobody opened for this many months are deleted; 0
 *     keeps them (default 24)
 * @param interval how often the deletion runs (default an hour)
 */
public record RetentionProperties(Integer draftDays, Integer completeMonths, Duration interval) {

    public RetentionProperties {
        draftDays = draftDays == null ? 90 : draftDays;
        completeMonths = completeMonths == null ? 24 : completeMonths;
        interval = interval == null ? Duration.ofHours(1) : interval;
        if (draftDays < 0 || completeMonths < 0 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("quickcheck.retention: days and months must be 0 or more, the"
                    + " interval positive");
        }
    }
}
