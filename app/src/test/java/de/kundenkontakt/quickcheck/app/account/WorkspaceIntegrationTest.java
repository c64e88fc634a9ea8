package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditEvent;
import de.kundenkontakt.quickcheck.app.audit.AuditFilter;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the workspace's MockMvc tests use, in the context all integration tests share
 * ({@link QuickcheckContext}).
 */
@QuickcheckContext
public abstract class WorkspaceIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected AccountService accounts;

    @Autowired
    protected TokenService tokens;

    @Autowired
    protected AuditLog auditLog;

    @Autowired
    protected JdbcClient jdbc;

    protected Workspace workspace;

    @BeforeEach
    void workspace() {
        workspace = new Workspace(mvc, accounts);
    }

    /** The audit events of this action whose actor or subject contains the text, newest first. */
    protected List<AuditEvent> audit(AuditAction action, String person) {
        return auditLog.find(new AuditFilter(action, person, null, null, null));
    }
}
