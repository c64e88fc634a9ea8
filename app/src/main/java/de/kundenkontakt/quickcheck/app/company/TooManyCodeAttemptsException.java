package de.kundenkontakt.quickcheck.app.company;

import java.time.Duration;
import java.util.Objects;

/** Too many wrong advisor codes from one client address lately: the page answers 429 with Retry-After. */
public class TooManyCodeAttemptsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyCodeAttemptsException(Duration retryAfter) {
        super("too many wrong advisor codes");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long to wait before the next attempt; never null, positive. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
