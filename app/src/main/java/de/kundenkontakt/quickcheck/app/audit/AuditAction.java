package de.kundenkontakt.quickcheck.app.audit;

import de.kundenkontakt.quickcheck.app.shared.PublicId;
import java.util.Optional;

/**
 * What an audit event records. The {@link #id()}, such as {@code "sign-in-failed"}, is stored and
 * appears in links; the label is the message {@code audit.action.<id>} of the bundle
 * {@code i18n/audit}. A feature that logs something new adds a constant here and its two labels
 * (German, English).
 */
public enum AuditAction implements PublicId {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    ACCOUNT_CREATED,
    INVITATION_CREATED,
    INVITATION_ACCEPTED,
    PASSWORD_CHANGED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    ACCOUNT_DEACTIVATED,
    DASHBOARD_EXPORTED,
    RESEARCH_EXPORTED,
    COMPANY_DELETED,
    COMPANY_REASSIGNED,
    COMPANIES_EXPORTED,
    COMPANY_LINK_CREATED,
    SHARE_GRANTED,
    SHARE_WITHDRAWN;

    /** The action with this id, empty for null or an unknown id. */
    public static Optional<AuditAction> byId(String id) {
        return PublicId.byId(AuditAction.class, id);
    }
}
