package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.app.shared.PublicId;
import java.util.Optional;

/** Whether an assessment is still being filled in or has all its answers; stored by its {@link #id()}. */
public enum AssessmentStatus implements PublicId {
    /** Saved to continue later; questions may be open. */
    DRAFT,
    /** Every question answered; the assessment has an evaluation. */
    COMPLETE;

    /** The status with this id, if there is one. */
    public static Optional<AssessmentStatus> byId(String id) {
        return PublicId.byId(AssessmentStatus.class, id);
    }
}
