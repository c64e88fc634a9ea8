package de.kundenkontakt.quickcheck.app.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored accounts. Every method runs inside the caller's transaction. */
@Repository
class Accounts {

    private static final String COLUMNS = "id, email, role, active, created_at, last_sign_in_at";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Account account, String passwordHash) {
        jdbc.sql("INSERT INTO account (id, email, role, password_hash, active, created_at, password_changed_at)"
                        + " VALUES (:id, :email, :role, :hash, :active, :created, :created)")
                .param("id", account.id())
                .param("email", account.email())
                .param("role", account.role().id())
                .param("hash", passwordHash)
                .param("active", account.active())
                .param("created", timestamp(account.createdAt()))
                .update();
    }

    Optional<Account> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id").param("id", id).query(Accounts::account).optional();
    }

    Optional<Account> findByEmail(String normalizedEmail) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE email = :email")
                .param("email", normalizedEmail)
                .query(Accounts::account)
                .optional();
    }

    boolean exists(String normalizedEmail) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE email = :email").param("email", normalizedEmail).query(Long.class).single() > 0;
    }

    /** The account with its password hash, for checking a password. */
    Optional<SignedInAccount> findForSignIn(String normalizedEmail) {
        return jdbc.sql("SELECT id, email, role, active, password_hash FROM account WHERE email = :email")
                .param("email", normalizedEmail)
                .query((rs, n) -> new SignedInAccount(
                        rs.getObject("id", UUID.class),
                        rs.getString("email"),
                        role(rs),
                        rs.getBoolean("active"),
                        rs.getString("password_hash")))
                .optional();
    }

    Optional<String> passwordHash(UUID id) {
        return jdbc.sql("SELECT password_hash FROM account WHERE id = :id").param("id", id).query(String.class).optional();
    }

    void changePasswordHash(UUID id, String passwordHash, Instant at) {
        jdbc.sql("UPDATE account SET password_hash = :hash, password_changed_at = :at WHERE id = :id")
                .param("id", id)
                .param("hash", passwordHash)
                .param("at", timestamp(at))
                .update();
    }

    /** Replaces a hash by one in the encoder's current format, without counting as a password change. */
    void upgradePasswordHash(String normalizedEmail, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = :hash WHERE email = :email")
                .param("email", normalizedEmail)
                .param("hash", passwordHash)
                .update();
    }

    void recordSignIn(UUID id, Instant at) {
        jdbc.sql("UPDATE account SET last_sign_in_at = :at WHERE id = :id").param("id", id).param("at", timestamp(at)).update();
    }

    /** @return whether the account was active until now */
    boolean deactivate(UUID id, Instant at) {
        return jdbc.sql("UPDATE account SET active = FALSE, deactivated_at = :at WHERE id = :id AND active = TRUE")
                        .param("id", id)
                        .param("at", timestamp(at))
                        .update()
                == 1;
    }

    /** Every account: active ones first, then by e-mail address. */
    List<Account> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account ORDER BY active DESC, email").query(Accounts::account).list();
    }

    static Account account(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lastSignIn = rs.getObject("last_sign_in_at", OffsetDateTime.class);
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                role(rs),
                rs.getBoolean("active"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(lastSignIn).map(OffsetDateTime::toInstant));
    }

    private static Role role(ResultSet rs) throws SQLException {
        String id = rs.getString("role");
        return Role.byId(id).orElseThrow(() -> new IllegalStateException("unknown role " + id));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Now, to the millisecond, which both databases store exactly. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
