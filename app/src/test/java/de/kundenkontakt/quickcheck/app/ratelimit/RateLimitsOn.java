package de.kundenkontakt.quickcheck.app.ratelimit;

/**
 * Switches the rate limits of the running test application on for one block:
 * {@code try (RateLimitsOn on = RateLimitsOn.in(limits)) { … }}. The test JVMs run every
 * context with the limits off and with small allowances ({@code app/pom.xml}: 3 creates, 2 edits,
 * 1 PDF per client address), so a case reaches a 429 after a few requests in the shared context,
 * over MockMvc or real HTTP, without a context of its own. Every client starts with a full
 * allowance when the limits go on, and again after they go off. The test classes of a JVM run one
 * after another; this is not for cases that run in parallel.
 */
public final class RateLimitsOn implements AutoCloseable {

    private final RateLimits limits;

    private RateLimitsOn(RateLimits limits) {
        this.limits = limits;
    }

    /** Switches the limits on; {@link #close()} switches them off again. */
    public static RateLimitsOn in(RateLimits limits) {
        limits.switchTo(true);
        return new RateLimitsOn(limits);
    }

    /** How many requests of a kind ("create", "edit", "pdf") one client may send before its 429. */
    public int allowance(String limit) {
        RateLimitProperties settings = limits.properties();
        return switch (limit) {
            case "create" -> settings.creates();
            case "edit" -> settings.edits();
            case "pdf" -> settings.pdfs();
            default -> throw new IllegalArgumentException("no such limit: " + limit);
        };
    }

    @Override
    public void close() {
        limits.switchTo(false);
    }
}
