package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.api.ApiExceptionTranslator;
import de.kundenkontakt.quickcheck.app.api.ApiProblemException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What the assessment's exceptions mean for the API: a link that reaches no assessment is 404
 * "assessment-not-found"; a profile, current state or catalogue that is not acceptable is 422 naming
 * each field, with the allowed values.
 */
@Component
class AssessmentApiExceptions implements ApiExceptionTranslator {

    private final AssessmentProblems problems;

    AssessmentApiExceptions(AssessmentProblems problems) {
        this.problems = problems;
    }

    @Override
    public Optional<RuntimeException> translate(Exception exception) {
        if (exception instanceof AssessmentNotFoundException) {
            return Optional.of(new ApiProblemException(HttpStatus.NOT_FOUND, "assessment-not-found"));
        }
        if (exception instanceof InvalidAssessmentException invalid) {
            return Optional.of(problems.invalid(invalid));
        }
        return Optional.empty();
    }
}
