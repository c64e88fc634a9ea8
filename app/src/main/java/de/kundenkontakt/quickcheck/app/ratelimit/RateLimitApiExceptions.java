package de.kundenkontakt.quickcheck.app.ratelimit;

import de.kundenkontakt.quickcheck.app.api.ApiExceptionTranslator;
import de.kundenkontakt.quickcheck.app.api.ApiProblemException;
import de.kundenkontakt.quickcheck.app.web.RateLimitExceededException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** A used-up rate limit in the API: 429 with the seconds to wait, in the detail and in Retry-After. */
@Component
class RateLimitApiExceptions implements ApiExceptionTranslator {

    @Override
    public Optional<RuntimeException> translate(Exception exception) {
        if (exception instanceof RateLimitExceededException limited) {
            long seconds = limited.retryAfterSeconds();
            return Optional.of(new ApiProblemException(HttpStatus.TOO_MANY_REQUESTS, "rate-limit." + limited.limit(),
                    List.of(seconds), Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))));
        }
        return Optional.empty();
    }
}
