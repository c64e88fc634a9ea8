package de.kundenkontakt.quickcheck.app.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * At most {@code capacity} actions per {@code period} for each key (such as a client address), refilled
 * evenly over the period, so that a burst of {@code capacity} is possible after a quiet spell. Memory
 * is bounded: at most {@code maxKeys} keys are remembered, the least recently seen are forgotten
 * first, and a key unseen for a whole period is forgotten (its bucket would be full again anyway).
 * Immutable settings, thread-safe.
 */
public final class RateLimiter {

    private final String name;
    private final long capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    /**
     * @param name what is limited, for messages and logs, not null
     * @param capacity actions per period, at least 1
     * @param period the period, positive
     * @param maxKeys how many keys to remember at most, at least 1
     */
    public RateLimiter(String name, long capacity, Duration period, long maxKeys) {
        if (capacity < 1 || period.isNegative() || period.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException(
                    "rate limit " + name + ": capacity, period and maxKeys must be positive");
        }
        this.name = Objects.requireNonNull(name, "name");
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(period).build();
    }

    /**
     * Takes one action from the key's bucket.
     *
     * @param key not null
     * @return empty if the action may go ahead, else how long to wait before the next one
     */
    public Optional<Duration> tryAcquire(String key) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** What is limited. */
    public String name() {
        return name;
    }

    /** Actions per period. */
    public long capacity() {
        return capacity;
    }

    /** The period. */
    public Duration period() {
        return period;
    }

    /** Forgets every key, so that each starts again with a full bucket; for tests. */
    void forgetClients() {
        buckets.invalidateAll();
    }

    /** How many keys are remembered now (approximately); for tests of the memory bound. */
    long rememberedKeys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
