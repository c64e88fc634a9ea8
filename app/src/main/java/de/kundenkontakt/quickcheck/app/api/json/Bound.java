package de.kundenkontakt.quickcheck.app.api.json;

import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
import de.kundenkontakt.quickcheck.app.shared.Violations;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A request body bound to a record, with what did not fit while binding. Immutable.
 *
 * @param value the record; null when the body itself did not fit (it was not an object)
 * @param problems the values of the wrong type, unknown values and unknown fields, in body order; never null
 * @param <T> the record type
 */
public record Bound<T>(T value, List<FieldProblem> problems) {

    public Bound {
        problems = List.copyOf(problems);
    }

    /** The same problems with {@code change} applied to the value (when there is one). */
    public <R> Bound<R> map(Function<T, R> change) {
        return new Bound<>(value == null ? null : change.apply(value), problems);
    }

    /**
     * The value, after checking its constraints with {@code validator}.
     *
     * @throws InvalidRequestException naming every binding problem and every violated constraint; a
     *     field that could not be bound is named once, for that, not again for what follows from it
     */
    public T validatedWith(Validator validator) {
        List<FieldProblem> all = new ArrayList<>(problems);
        if (value != null) {
            Set<String> unbound = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
            Violations.problems(validator.validate(value)).stream()
                    .filter(problem -> !unbound.contains(problem.field()))
                    .forEach(all::add);
        }
        if (!all.isEmpty()) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID, all);
        }
        return value;
    }
}
