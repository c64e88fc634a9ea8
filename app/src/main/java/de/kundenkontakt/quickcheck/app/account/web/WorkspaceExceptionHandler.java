package de.kundenkontakt.quickcheck.app.account.web;

import de.kundenkontakt.quickcheck.app.account.AccountNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An account, invitation or token that does not exist (or is not one's own) is the friendly 404 page. */
@ControllerAdvice(basePackageClasses = WorkspaceExceptionHandler.class)
class WorkspaceExceptionHandler {

    @ExceptionHandler(AccountNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
