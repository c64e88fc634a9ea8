package de.kundenkontakt.quickcheck.app.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an audit event records. The id is stored and appears in links; the label is the message
 * {@code audit.action.<id>} of the bundle {@code i18n/audit}. A feature that logs something new
 * adds a constant here and its two labels (German, English).
 */
public enum AuditAction {
    SIGN_IN("sign-in"),
    SIGN_IN_FAILED("sign-in-failed"),
    SIGN_OUT("sign-out"),
    ACCOUNT_CREATED("account-created"),
    INVITATION_CREATED("invitation-created"),
    INVITATION_ACCEPTED("invitation-accepted"),
    PASSWORD_CHANGED("password-changed"),
    TOKEN_CREATED("token-created"),
    TOKEN_REVOKED("token-revoked"),
    ACCOUNT_DEACTIVATED("account-deactivated"),
    DASHBOARD_EXPORTED("dashboard-exported"),
    RESEARCH_EXPORTED("research-exported"),
    COMPANY_DELETED("company-deleted"),
    COMPANY_REASSIGNED("company-reassigned"),
    COMPANIES_EXPORTED("companies-exported"),
    COMPANY_LINK_CREATED("company-link-created"),
    SHARE_GRANTED("share-granted"),
    SHARE_WITHDRAWN("share-withdrawn");

    private final String id;

    AuditAction(String id) {
        this.id = id;
    }

    /** The stored id, such as {@code "sign-in-failed"}; never null. */
    public String id() {
        return id;
    }

    /** The action with this id, empty for null or an unknown id. */
    public static Optional<AuditAction> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
