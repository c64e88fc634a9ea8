package de.kundenkontakt.quickcheck.app.account.web;

import de.kundenkontakt.quickcheck.app.account.AccountProblemException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/** What the workspace's forms share: service problems as field errors. */
final class FormErrors {

    private FormErrors() {}

    /** Adds the problem to the form's errors at its field and sets the status 422. */
    static void reject(BindingResult result, AccountProblemException problem, HttpServletResponse response) {
        result.rejectValue(problem.field(), problem.messageKey(), problem.arguments().toArray(), null);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }
}
