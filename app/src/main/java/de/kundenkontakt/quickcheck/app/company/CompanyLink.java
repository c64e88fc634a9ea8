package de.kundenkontakt.quickcheck.app.company;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import java.time.Instant;
import java.util.Objects;

/**
 * A participation link just created: the only moment its token is known in full (only its hash
 * is stored). Immutable and thread-safe.
 *
 * @param company the company it is for, never null
 * @param token the link's secret, never null
 * @param expiresAt when it stops working unless completed first, never null
 */
public record CompanyLink(Company company, AccessToken token, Instant expiresAt) {

    public CompanyLink {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
