package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.company.CompanyNotFoundException;
import de.kundenkontakt.quickcheck.app.company.ParticipationClosedException;
import de.kundenkontakt.quickcheck.app.company.ParticipationNotFoundException;
import de.kundenkontakt.quickcheck.app.company.TooManyCodeAttemptsException;
import de.kundenkontakt.quickcheck.app.web.PageExceptionTranslator;
import de.kundenkontakt.quickcheck.app.web.PageProblem;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What the company pages answer when something is not there or no longer works, through the one
 * page advice: another consultant's company is the same 404 as one that does not exist (never a
 * 403 that would confirm it), and so is an unknown participation link; a participation link that
 * expired or was used up is 410 saying which; too many wrong advisor codes are 429 with
 * {@code Retry-After}. The pages never repeat the address that failed, not even in the language
 * switch, because it may hold a secret link.
 */
@Component
class CompanyPageExceptions implements PageExceptionTranslator {

    @Override
    public Optional<PageProblem> translate(Exception exception) {
        if (exception instanceof CompanyNotFoundException || exception instanceof ParticipationNotFoundException) {
            return Optional.of(PageProblem.page(HttpStatus.NOT_FOUND, "company/not-found"));
        }
        if (exception instanceof ParticipationClosedException closed) {
            return Optional.of(PageProblem.page(HttpStatus.GONE, "company/closed").with("completed", closed.completed()));
        }
        if (exception instanceof TooManyCodeAttemptsException tooMany) {
            long seconds = Math.max(1, tooMany.retryAfter().toSeconds());
            return Optional.of(PageProblem.page(HttpStatus.TOO_MANY_REQUESTS, "company/too-many")
                    .with("minutes", Math.max(1, (seconds + 59) / 60))
                    .withHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)));
        }
        return Optional.empty();
    }
}
