package de.kundenkontakt.quickcheck.app.ratelimit;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Documents 429 with {@code Retry-After} on exactly the API operations that {@link WriteRateLimits}
 * limits, read from its rules, so that the description cannot drift from what the server does.
 * The problem body (application/problem+json) comes from the API module's rules, which run after
 * this. The 429 is documented even when the operator has switched the limits off: a client must be
 * ready for it.
 * Immutable and thread-safe.
 */
@Component
class WriteRateLimitsInOpenApi implements OpenApiCustomizer, Ordered {

    private final WriteRateLimits limits;
    private final MessageSource messages;

    WriteRateLimitsInOpenApi(WriteRateLimits limits, MessageSource messages) {
        this.limits = limits;
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                limits.limiterOf(method.name(), path).ifPresent(limiter -> documentLimit(operation, limiter))));
    }

    private void documentLimit(Operation operation, RateLimiter limiter) {
        String what = messages.getMessage("problem.rate-limit." + limiter.name() + ".title", null, Locale.ENGLISH);
        operation.getResponses().addApiResponse("429", new ApiResponse()
                .description(what + " from this client address (at most " + limiter.capacity() + " per "
                        + readable(limiter.period()) + "); try again after the seconds in Retry-After")
                .headers(Map.of(HttpHeaders.RETRY_AFTER, new Header()
                        .description("Whole seconds until the next request of this kind is accepted")
                        .required(true)
                        .schema(new JsonSchema().types(Set.of("integer")).minimum(BigDecimal.ONE)))));
    }

    /** A period as people write it: "1 hour", "10 minutes", "90 seconds". */
    private static String readable(Duration period) {
        if (period.toSeconds() % 3600 == 0) {
            return unit(period.toHours(), "hour");
        }
        if (period.toSeconds() % 60 == 0) {
            return unit(period.toMinutes(), "minute");
        }
        return unit(Math.max(1, period.toSeconds()), "second");
    }

    private static String unit(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
