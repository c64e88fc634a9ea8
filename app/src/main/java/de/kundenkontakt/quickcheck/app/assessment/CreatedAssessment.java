package de.kundenkontakt.quickcheck.app.assessment;

import java.util.Objects;

/**
 * A newly saved assessment with its two private links' tokens. This is the only moment the
 * tokens are known in full: only their hashes are stored. Immutable and thread-safe.
 *
 * @param assessment the saved assessment, not null
 * @param viewToken the token of the link to view and continue it, not null
 * @param deleteToken the token of the link to delete it, not null
 */
public record CreatedAssessment(Assessment assessment, AccessToken viewToken, AccessToken deleteToken) {

    public CreatedAssessment {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(viewToken, "viewToken");
        Objects.requireNonNull(deleteToken, "deleteToken");
    }
}
