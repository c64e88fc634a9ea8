package de.kundenkontakt.quickcheck.app.ratelimit;

import de.kundenkontakt.quickcheck.app.web.RateLimitExceededException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The application's rate limits, switched on or off together by {@code quickcheck.rate-limit.enabled}.
 * Features that need a limit of their own (such as logins) make one with {@link #limiter} and
 * check it with {@link #check}; both answer 429 the same way. Thread-safe.
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimits {

    private final RateLimitProperties properties;
    private final List<RateLimiter> limiters = new CopyOnWriteArrayList<>();
    private volatile boolean enabled;

    RateLimits(RateLimitProperties properties) {
        this.properties = properties;
        this.enabled = properties.enabled();
    }

    /**
     * A new limit of {@code capacity} actions per {@code period} for each key, remembering at most
     * {@code quickcheck.rate-limit.max-clients} keys.
     */
    public RateLimiter limiter(String name, long capacity, Duration period) {
        RateLimiter limiter = new RateLimiter(name, capacity, period, properties.maxClients());
        limiters.add(limiter);
        return limiter;
    }

    /**
     * Takes one action for {@code key} from {@code limiter}; nothing when limits are switched off.
     *
     * @throws RateLimitExceededException if the key has used up the limit for now
     */
    public void check(RateLimiter limiter, String key) {
        if (enabled) {
            limiter.tryAcquire(key).ifPresent(wait -> {
                throw new RateLimitExceededException(limiter.name(), wait);
            });
        }
    }

    RateLimitProperties properties() {
        return properties;
    }

    /**
     * Switches every limit on or off and forgets every client, so that each starts with a full
     * allowance. Only for tests: they share one running application, which has its limits off
     * ({@code quickcheck.rate-limit.enabled=false}), and switch them on around the cases that need
     * a 429, without a context of their own.
     */
    void switchTo(boolean on) {
        enabled = on;
        limiters.forEach(RateLimiter::forgetClients);
    }
}
