package de.kundenkontakt.quickcheck.app.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kundenkontakt.quickcheck.app.web.RateLimitExceededException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void allowsTheCapacityThenSaysHowLongToWait() {
        RateLimiter limiter = new RateLimiter("create", 3, Duration.ofMinutes(1), 100);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("203.0.113.7")).isEmpty();
        }
        Optional<Duration> wait = limiter.tryAcquire("203.0.113.7");

        assertThat(wait).isPresent();
        // one action comes back every 20 s when 3 refill evenly over a minute
        assertThat(wait.get()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        RateLimiter limiter = new RateLimiter("pdf", 1, Duration.ofHours(1), 100);

        assertThat(limiter.tryAcquire("203.0.113.7")).isEmpty();
        assertThat(limiter.tryAcquire("203.0.113.7")).isPresent();
        assertThat(limiter.tryAcquire("198.51.100.1")).isEmpty();
    }

    @Test
    void remembersAtMostMaxKeys() {
        RateLimiter limiter = new RateLimiter("edit", 5, Duration.ofHours(1), 1_000);

        for (int i = 0; i < 20_000; i++) {
            limiter.tryAcquire("client-" + i);
        }

        assertThat(limiter.rememberedKeys()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void refusesSettingsThatLimitNothing() {
        assertThatThrownBy(() -> new RateLimiter("x", 0, Duration.ofMinutes(1), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter("x", 1, Duration.ZERO, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retryAfterIsInWholeSecondsAndAtLeastOne() {
        assertThat(new RateLimitExceededException("pdf", Duration.ofMillis(10)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new RateLimitExceededException("pdf", Duration.ofMillis(20_001)).retryAfterSeconds()).isEqualTo(21);
    }
}
