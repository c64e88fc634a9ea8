package de.kundenkontakt.quickcheck.app.web;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by a page controller when a request cannot be served because of what the user (or a
 * tampered link or form) sent. Rendered as a friendly 400 page in the user's language by {@link
 * PageExceptionHandler}; the message key names the problem and the arguments fill it in.
 */
public final class BadPageRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    /**
     * Creates the exception.
     *
     * @param messageKey the key of the message that explains the problem, not null
     * @param arguments the message's arguments, not null; strings are shortened when shown
     */
    public BadPageRequestException(String messageKey, List<?> arguments) {
        super(messageKey + " " + arguments);
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = List.copyOf(arguments);
    }

    /** The key of the explaining message, never null. */
    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, never null. */
    public List<Object> arguments() {
        return arguments;
    }
}
