package de.kundenkontakt.quickcheck.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who did what when, and lists it for administrators. Call {@link #record} inside the
 * transaction of the change it describes, so that the change and its record are stored together.
 * The client address comes from the current web request (none on the command line). Never pass a
 * password, a token or an answer as subject.
 */
@Service
public class AuditLog {

    /** The most events one page lists. */
    public static final int PAGE_SIZE = 50;

    private static final int MAX_SUBJECT = 254;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an event now.
     *
     * @param action what happened, not null
     * @param actor who did it; null for the command line or an unknown person
     * @param subject what it was about, such as an e-mail address or a token's name; may be null
     */
    @Transactional
    public void record(AuditAction action, Actor actor, String subject) {
        jdbc.sql("INSERT INTO audit_event (occurred_at, action, actor_id, actor_email, subject, client_address)"
                        + " VALUES (:at, :action, :actorId, :actorEmail, :subject, :address)")
                .param("at", Instant.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC))
                .param("action", action.id())
                .param("actorId", actor == null ? null : actor.id())
                .param("actorEmail", actor == null ? null : actor.email())
                .param("subject", subject == null || subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT))
                .param("address", currentClientAddress())
                .update();
    }

    /** At most {@link #PAGE_SIZE} events that match the filter, newest first; never null. */
    @Transactional(readOnly = true)
    public List<AuditEvent> find(AuditFilter filter) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, occurred_at, action, actor_id, actor_email, subject, client_address FROM audit_event WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.action() != null) {
            sql.append(" AND action = ?");
            params.add(filter.action().id());
        }
        if (filter.person() != null && !filter.person().isBlank()) {
            String pattern = "%" + escapeLike(filter.person().strip().toLowerCase(Locale.ROOT)) + "%";
            sql.append(" AND (LOWER(actor_email) LIKE ? ESCAPE '\\' OR LOWER(subject) LIKE ? ESCAPE '\\')");
            params.add(pattern);
            params.add(pattern);
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.until() != null) {
            sql.append(" AND occurred_at < ?");
            params.add(filter.until().atOffset(ZoneOffset.UTC));
        }
        if (filter.before() != null) {
            sql.append(" AND id < ?");
            params.add(filter.before());
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(PAGE_SIZE).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(AuditLog::event).list();
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        UUID actorId = rs.getObject("actor_id", UUID.class);
        Optional<Actor> actor = actorId == null ? Optional.empty() : Optional.of(new Actor(actorId, rs.getString("actor_email")));
        String actionId = rs.getString("action");
        return new AuditEvent(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                AuditAction.byId(actionId).orElseThrow(() -> new IllegalStateException("unknown audit action " + actionId)),
                actor,
                rs.getString("subject"),
                rs.getString("client_address"));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The client address of the web request this thread serves, null outside one. */
    static String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
