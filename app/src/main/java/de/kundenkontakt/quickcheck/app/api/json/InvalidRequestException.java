package de.kundenkontakt.quickcheck.app.api.json;

import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a request body cannot be evaluated; carries every problem found, not just the first. */
public final class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whether the body was not JSON at all, or JSON that does not fit. */
    public enum Kind {
        /** Not JSON (or empty): a syntax error. */
        MALFORMED,
        /** Well-formed JSON with wrong types, missing or unknown fields, questions or levels. */
        INVALID
    }

    private final Kind kind;
    private final transient List<FieldProblem> problems;

    /** Creates the exception; {@code problems} is not null and not empty. */
    public InvalidRequestException(Kind kind, List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.code() + " " + p.args()).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    /** The kind, never null. */
    public Kind kind() {
        return kind;
    }

    /** The problems, never empty. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
