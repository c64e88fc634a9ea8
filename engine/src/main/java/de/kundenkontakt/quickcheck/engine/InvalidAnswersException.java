package de.kundenkontakt.quickcheck.engine;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when answers do not fit a catalogue; carries every problem found, not just the first. */
public final class InvalidAnswersException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<AnswerProblem> problems;

    /** Creates the exception; {@code problems} is not null and not empty. */
    public InvalidAnswersException(List<AnswerProblem> problems) {
        super(problems.stream().map(AnswerProblem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems in catalogue order of their questions, unknown questions last; never empty. */
    public List<AnswerProblem> problems() {
        return problems;
    }
}
