package de.kundenkontakt.quickcheck.app.api;

/** Limits of the API. */
final class ApiLimits {

    /** The largest request body the API reads: 64 KiB, far above a complete answer set (about 1 KiB). */
    static final int MAX_BODY_BYTES = 64 * 1024;

    /** The paths the API owns. */
    static final String PREFIX = "/api/";

    private ApiLimits() {}
}
