package de.kundenkontakt.quickcheck.app.api;

/** Limits of the API. */
public final class ApiLimits {

    /** The largest request body the API reads: 64 KiB, far above a complete answer set (about 1 KiB). */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /** The paths the API owns. */
    public static final String PREFIX = "/api/";

    private ApiLimits() {}
}
