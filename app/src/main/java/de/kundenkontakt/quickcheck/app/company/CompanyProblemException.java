package de.kundenkontakt.quickcheck.app.company;

import de.kundenkontakt.quickcheck.app.shared.FieldProblemException;

/**
 * A request about companies that cannot be done as asked, naming the form field (such as "name")
 * and the message key (bundle {@code i18n/company}) that explains it; pages show it at the field,
 * the API as 422.
 */
public class CompanyProblemException extends FieldProblemException {

    private static final long serialVersionUID = 1L;

    public CompanyProblemException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
