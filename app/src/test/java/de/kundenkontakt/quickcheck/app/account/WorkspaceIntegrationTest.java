package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditEvent;
import de.kundenkontakt.quickcheck.app.audit.AuditFilter;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one configuration of the workspace's MockMvc tests (so that they share one Spring context
 * with the other plain {@code @SpringBootTest @AutoConfigureMockMvc} tests) and what they use.
 */
@SpringBootTest
@AutoConfigureMockMvc
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
