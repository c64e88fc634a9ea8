package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.shared.FieldProblemException;

/**
 * Input that an account operation cannot accept, such as a password that is too short: the form
 * field it concerns (such as "password" or "email") and a message key of the bundle
 * {@code i18n/account} with its arguments.
 */
public final class AccountProblemException extends FieldProblemException {

    private static final long serialVersionUID = 1L;

    public AccountProblemException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
