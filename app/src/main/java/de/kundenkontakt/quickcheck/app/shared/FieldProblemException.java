package de.kundenkontakt.quickcheck.app.shared;

import java.util.List;
import java.util.Objects;

/**
 * Input that an operation of a feature cannot accept, such as a password that is too short: the
 * form field it concerns and a message key of the feature's bundle with its arguments. Pages show
 * it at the field; each feature says which of its exceptions these are.
 */
public abstract class FieldProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    /**
     * @param field the form field, not null
     * @param messageKey the message key, not null
     * @param arguments the message's arguments, none null
     */
    protected FieldProblemException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = Objects.requireNonNull(field, "field");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = List.of(arguments);
    }

    /** The form field, such as "password" or "name"; never null. */
    public String field() {
        return field;
    }

    /** The message key; never null. */
    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments; never null. */
    public List<Object> arguments() {
        return arguments;
    }
}
