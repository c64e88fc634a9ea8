package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentProblem;
import de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException;
import de.kundenkontakt.quickcheck.engine.AnswerProblem;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tests only: stands in for another controller of the API package that reaches assessments by
 * token, for {@link AssessmentApiErrorsIntegrationTest}. A top-level class of the test sources, so
 * the context the integration tests share picks it up (and hidden from the API documentation).
 */
@Hidden
@RestController
class ThrowingApiController {

    static final String BASE = "/api/v1/assessments/";

    @GetMapping(BASE + "{token}/test-only-{kind}")
    String fail(@PathVariable String token, @PathVariable String kind) {
        switch (kind) {
            case "not-found" -> throw new AssessmentNotFoundException();
            case "invalid" -> throw new InvalidAssessmentException(List.of(
                    AssessmentProblem.ofProfile("market", AssessmentProblem.Kind.UNKNOWN_VALUE, "b2g"),
                    AssessmentProblem.ofCurrentState("fax", AssessmentProblem.Kind.UNKNOWN_TOUCHPOINT, "fax")));
            case "answers" -> throw new InvalidAnswersException(
                    List.of(new AnswerProblem(AnswerProblem.Kind.MISSING, "reichweite", null)));
            default -> throw new IllegalStateException("defect while handling " + kind);
        }
    }
}
