package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import java.util.UUID;

/**
 * Whose assessments the dashboard counts: those made for the companies one consultant looks
 * after, or all (for administrators). Immutable.
 *
 * @param ownerId the consultant, null for all assessments
 */
public record DashboardScope(UUID ownerId) {

    /** Every assessment. */
    public static final DashboardScope ALL = new DashboardScope(null);

    /** The scope of the signed-in account: administrators see all, consultants their companies'. */
    public static DashboardScope of(SignedInAccount me) {
        return me.isAdministrator() ? ALL : new DashboardScope(me.id());
    }

    /** Whether every assessment counts. */
    public boolean all() {
        return ownerId == null;
    }
}
