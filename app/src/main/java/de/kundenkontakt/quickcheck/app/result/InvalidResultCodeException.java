package de.kundenkontakt.quickcheck.app.result;

import java.util.List;

/**
 * Thrown when the query of a result link cannot be read; the reason and its arguments are precise
 * enough to tell the user in their language what is wrong.
 */
public final class InvalidResultCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the link. */
    public enum Reason {
        /** {@code k} is missing or blank. Arguments: none. */
        MISSING_CATALOG,
        /** {@code k} names no known catalogue. Arguments: the given id, the known ids. */
        UNKNOWN_CATALOG,
        /** {@code a} is missing or blank. Arguments: none. */
        MISSING_ANSWERS,
        /** {@code a} has too few or too many digits. Arguments: the length, the expected length. */
        WRONG_LENGTH,
        /** {@code a} has a character that is no level's digit. Arguments: 1-based position, the character, the highest digit. */
        BAD_CHARACTER;

        /** The message key of this reason, such as {@code result.invalid.wrong-length}. */
        public String messageKey() {
            return "result.invalid." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final transient List<Object> arguments;

    InvalidResultCodeException(Reason reason, List<Object> arguments) {
        super(reason + " " + arguments);
        this.reason = reason;
        this.arguments = List.copyOf(arguments);
    }

    /** What is wrong, never null. */
    public Reason reason() {
        return reason;
    }

    /** The arguments of the reason's message, in the order its documentation names; never null. */
    public List<Object> arguments() {
        return arguments;
    }
}
