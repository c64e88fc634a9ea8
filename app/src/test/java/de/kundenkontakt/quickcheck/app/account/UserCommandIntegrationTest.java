package de.kundenkontakt.quickcheck.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.cli.CliRun;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code ./quickcheck user add} and {@code user token} with the real accounts: a Spring context
 * without web server on an in-memory H2 database, which the test then reads directly.
 */
class UserCommandIntegrationTest {

    private static final String DATABASE = "jdbc:h2:mem:user-command;DB_CLOSE_DELAY=-1";


    /** The commands turn the log off, as they should in their own JVM; the other tests here want it back. */
    @AfterAll
    static void logAsUsual() {
        LoggingSystem.get(UserCommandIntegrationTest.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
    }

    static CliRun run(Map<String, String> environment, String... args) {
        return CliRun.of(environment, () -> AccountConsole.open(Map.of("spring.datasource.url", DATABASE)), prompt -> null, args);
    }

    @Test
    void createsTheFirstAdministratorAndATokenThatIsStoredOnlyAsItsHash() throws Exception {
        String password = "Die erste Leitung 2026";
        CliRun added = run(Map.of("QUICKCHECK_PASSWORD", password), "user", "add", "--email", "Leitung@Example.org", "--role", "admin");
        CliRun again = run(Map.of("QUICKCHECK_PASSWORD", password, "LANG", "en_GB.UTF-8"),
                "user", "add", "--email", "leitung@example.org", "--role", "admin");
        CliRun weak = run(Map.of("QUICKCHECK_PASSWORD", "kurz"), "user", "add", "--email", "zweite@example.org", "--role", "consultant");
        CliRun token = run(Map.of(), "user", "token", "--email", "leitung@example.org", "--name", "Skript");

        assertThat(added.status()).as(added.err()).isZero();
        assertThat(added.err()).isEqualTo("Konto leitung@example.org (admin) angelegt.\n");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("quickcheck user add: There is already an account for this email address.\n");
        assertThat(weak.status()).isEqualTo(1);
        assertThat(weak.err()).contains("mindestens 12 Zeichen");
        assertThat(token.status()).as(token.err()).isZero();
        String secret = token.out().strip();
        assertThat(secret).matches("qc_pat_[A-Za-z0-9_-]{43}");

        try (Connection db = DriverManager.getConnection(DATABASE, "sa", "")) {
            ResultSet account = db.createStatement().executeQuery("SELECT role, password_hash FROM account WHERE email = 'leitung@example.org'");
            assertThat(account.next()).isTrue();
            assertThat(account.getString("role")).isEqualTo("admin");
            assertThat(account.getString("password_hash")).startsWith("{bcrypt}$2").doesNotContain(password);
            ResultSet stored = db.createStatement().executeQuery("SELECT name, token_hash FROM account_token");
            assertThat(stored.next()).isTrue();
            assertThat(stored.getString("name")).isEqualTo("Skript");
            assertThat(stored.getString("token_hash")).isEqualTo(AccessToken.parse(secret.substring(7)).orElseThrow().hash());
            ResultSet created = db.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM audit_event WHERE action = 'account-created' AND actor_id IS NULL AND client_address IS NULL");
            created.next();
            assertThat(created.getInt(1)).isEqualTo(1);
            assertThat(db.createStatement().executeQuery("SELECT COUNT(*) FROM account WHERE email = 'zweite@example.org'"))
                    .satisfies(rs -> {
                        rs.next();
                        assertThat(rs.getInt(1)).isZero();
                    });
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aDatabaseThatCannotBeOpenedIsReportedClearlyWithoutAStackTrace(CapturedOutput output) {
        // nothing listens on port 1: like a database server that is down
        CliRun run = CliRun.of(Map.of(),
                () -> AccountConsole.open(Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/quickcheck")),
                prompt -> null, "user", "token", "--email", "x@example.org");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("quickcheck user token: Die Datenbank lässt sich nicht öffnen: ");
        assertThat(output.getAll()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
