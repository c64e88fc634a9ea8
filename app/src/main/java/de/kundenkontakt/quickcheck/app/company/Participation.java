package de.kundenkontakt.quickcheck.app.company;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a participation link opens: the company it is for and the answers saved on it so far.
 * Immutable and thread-safe.
 *
 * @param invitationId never null
 * @param company the company as the consultant keeps it, never null
 * @param catalogId the catalogue of the draft saved on the link, null before anything was saved
 * @param answers level id by question id saved so far; never null
 * @param expiresAt never null
 * @param draftId the draft saved on the link, null before anything was saved
 */
public record Participation(
        UUID invitationId, Company company, String catalogId, Map<String, String> answers, Instant expiresAt,
        UUID draftId) {

    public Participation {
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(company, "company");
        answers = Map.copyOf(answers);
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
