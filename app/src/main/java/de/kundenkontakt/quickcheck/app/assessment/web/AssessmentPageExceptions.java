package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.web.PageExceptionTranslator;
import de.kundenkontakt.quickcheck.app.web.PageProblem;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A link that reaches no assessment (never created, deleted, mistyped or cut short) gives a friendly
 * 404 page in the user's language. The page never repeats the link: even its language switch leads
 * to the start page rather than back to the address that failed.
 */
@Component
class AssessmentPageExceptions implements PageExceptionTranslator {

    @Override
    public Optional<PageProblem> translate(Exception exception) {
        return exception instanceof AssessmentNotFoundException
                ? Optional.of(PageProblem.page(HttpStatus.NOT_FOUND, "assessment/not-found"))
                : Optional.empty();
    }
}
