package de.kundenkontakt.quickcheck.app.account.web;

import de.kundenkontakt.quickcheck.app.account.AccountDeactivated;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends signed-in sessions in the session store (all instances share it): all of an account once
 * it is deactivated, the other ones of an account whose password was changed.
 */
@Component
class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account with this e-mail address except the one with this id. */
    void endOthers(String email, String keepSessionId) {
        sessions.findByPrincipalName(email).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(sessions::deleteById);
    }

    @TransactionalEventListener
    void endAllOf(AccountDeactivated deactivated) {
        endOthers(deactivated.account().email(), null);
    }
}
