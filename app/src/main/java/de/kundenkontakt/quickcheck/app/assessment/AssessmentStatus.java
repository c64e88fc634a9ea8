package de.kundenkontakt.quickcheck.app.assessment;

import java.util.Optional;

/** Whether an assessment is still being filled in or has all its answers. */
public enum AssessmentStatus {
    /** Saved to continue later; questions may be open. */
    DRAFT("draft"),
    /** Every question answered; the assessment has an evaluation. */
    COMPLETE("complete");

    private final String id;

    AssessmentStatus(String id) {
        this.id = id;
    }

    /** The public id as stored, "draft" or "complete"; never null. */
    public String id() {
        return id;
    }

    /** The status with this id, if there is one. */
    public static Optional<AssessmentStatus> byId(String id) {
        for (AssessmentStatus status : values()) {
            if (status.id.equals(id)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
