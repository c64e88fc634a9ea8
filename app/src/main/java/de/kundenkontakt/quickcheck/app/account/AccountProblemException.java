package de.kundenkontakt.quickcheck.app.account;

import java.util.List;

/**
 * Input that an account operation cannot accept, such as a password that is too short: the form
 * field it concerns and a message key of the bundle {@code i18n/account} with its arguments.
 */
public final class AccountProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    public AccountProblemException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The form field, such as "password" or "email"; never null. */
    public String field() {
        return field;
    }

    /** The message key in {@code i18n/account}; never null. */
    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments; never null. */
    public List<Object> arguments() {
        return arguments;
    }
}
