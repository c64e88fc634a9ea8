package de.kundenkontakt.quickcheck.app.assessment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a company profile, current state or catalogue choice is not acceptable; carries
 * every problem found. Bad answers throw the engine's {@code InvalidAnswersException} instead.
 */
public final class InvalidAssessmentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<AssessmentProblem> problems;

    /** Creates the exception; {@code problems} is not null and not empty. */
    public InvalidAssessmentException(List<AssessmentProblem> problems) {
        super(problems.stream().map(AssessmentProblem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, never empty. */
    public List<AssessmentProblem> problems() {
        return problems;
    }
}
