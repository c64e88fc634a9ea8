package de.kundenkontakt.quickcheck.app.account.web;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** Writes every sign-out to the audit log, before Spring Security ends the session. */
final class SignOutAudit implements LogoutHandler {

    private final AuditLog auditLog;

    SignOutAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account) {
            auditLog.record(AuditAction.SIGN_OUT, account.actor(), null);
        }
    }
}
