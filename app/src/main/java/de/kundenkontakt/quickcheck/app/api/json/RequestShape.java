package de.kundenkontakt.quickcheck.app.api.json;

import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
import java.util.List;

/**
 * What each place of a request body may hold, so that what Jackson finds wrong while binding it is
 * named as a {@link FieldProblem}: every request type says which code and which message arguments
 * a value of the wrong JSON type, an unknown value or an unknown field has where it stands.
 */
public interface RequestShape {

    /**
     * The problem of a value of the wrong JSON type, such as a number where a level id belongs.
     *
     * @param path the property names and map keys down to the value; empty for the body itself
     */
    FieldProblem wrongType(List<String> path);

    /**
     * The problem of a string that names nothing known, such as an unknown catalogue id.
     *
     * @param path the property names and map keys down to the value
     * @param value the string as sent, not null
     */
    FieldProblem unknownValue(List<String> path, String value);

    /**
     * The problem of a field that a JSON object does not have.
     *
     * @param owner the record the object binds to, not null
     * @param name the field's name as sent, not null
     */
    FieldProblem unknownField(Class<?> owner, String name);
}
