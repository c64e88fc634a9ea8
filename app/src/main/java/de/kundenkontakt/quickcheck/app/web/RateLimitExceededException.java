package de.kundenkontakt.quickcheck.app.web;

import java.time.Duration;

/**
 * A client has used up a rate limit; the web pages and the API each answer it with 429 and a
 * {@code Retry-After} header in whole seconds.
 */
public final class RateLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String limit;
    private final transient Duration retryAfter;

    public RateLimitExceededException(String limit, Duration retryAfter) {
        super("rate limit " + limit + " reached; retry after " + retryAfter);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    /** The name of the limit: "create", "edit", "pdf" or a later one such as "login". */
    public String limit() {
        return limit;
    }

    /** Whole seconds to wait, at least 1, for the {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
