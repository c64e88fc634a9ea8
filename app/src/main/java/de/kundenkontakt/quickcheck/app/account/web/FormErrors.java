package de.kundenkontakt.quickcheck.app.account.web;

import de.kundenkontakt.quickcheck.app.account.AccountProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/** Small helpers the workspace's forms share: service problems as field errors, dates in German time. */
final class FormErrors {

    /** Dates and times in the workspace are shown in the time of Germany. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private FormErrors() {}

    /** Adds the problem to the form's errors at its field and sets the status 422. */
    static void reject(BindingResult result, AccountProblemException problem, HttpServletResponse response) {
        result.rejectValue(problem.field(), problem.messageKey(), problem.arguments().toArray(), null);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }

    /** The instant in the time of Germany, for {@code #temporals.format}; null for null. */
    static ZonedDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE);
    }
}
