package de.kundenkontakt.quickcheck.app.company;

import java.util.List;
import java.util.Objects;

/**
 * A request about companies that cannot be done as asked, naming the form field and the message
 * key (bundle {@code i18n/company}) that explains it; pages show it at the field, the API as 422.
 */
public class CompanyProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    public CompanyProblemException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = Objects.requireNonNull(field, "field");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = List.of(arguments);
    }

    /** The field concerned, such as "name"; never null. */
    public String field() {
        return field;
    }

    /** The message key in bundle {@code i18n/company}; never null. */
    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments; never null. */
    public List<Object> arguments() {
        return arguments;
    }
}
