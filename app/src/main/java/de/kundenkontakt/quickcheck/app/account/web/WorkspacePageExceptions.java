package de.kundenkontakt.quickcheck.app.account.web;

import de.kundenkontakt.quickcheck.app.account.AccountNotFoundException;
import de.kundenkontakt.quickcheck.app.web.PageExceptionTranslator;
import de.kundenkontakt.quickcheck.app.web.PageProblem;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** An account, invitation or token that does not exist (or is not one's own) is the friendly 404 page. */
@Component
class WorkspacePageExceptions implements PageExceptionTranslator {

    @Override
    public Optional<PageProblem> translate(Exception exception) {
        return exception instanceof AccountNotFoundException
                ? Optional.of(PageProblem.errorPage(HttpStatus.NOT_FOUND))
                : Optional.empty();
    }
}
