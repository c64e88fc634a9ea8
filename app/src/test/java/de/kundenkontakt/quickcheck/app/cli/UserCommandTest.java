package de.kundenkontakt.quickcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code user add} and {@code user token} against a directory that records what it is asked. */
class UserCommandTest {

    /** Records calls; refuses with a problem when one is set. */
    static final class RecordingDirectory implements UserDirectory {

        final List<String> calls = new ArrayList<>();
        Problem refusal;
        int opened;
        int closed;

        @Override
        public String add(String email, String role, String password) {
            calls.add("add " + email + " " + role + " " + password);
            if (refusal != null) {
                throw refusal;
            }
            return email.strip().toLowerCase();
        }

        @Override
        public String newToken(String email, String name) {
            calls.add("token " + email + " " + name);
            if (refusal != null) {
                throw refusal;
            }
            return "qc_pat_secret";
        }

        @Override
        public void close() {
            closed++;
        }
    }

    final RecordingDirectory directory = new RecordingDirectory();
    final Deque<char[]> typed = new ArrayDeque<>();
    boolean terminal = true;

    CliRun run(Map<String, String> environment, String... args) {
        return CliRun.of(environment, () -> {
            directory.opened++;
            return directory;
        }, prompt -> terminal ? typed.poll() : null, args);
    }

    @Test
    void addTakesThePasswordFromTheEnvironment() {
        CliRun run = run(Map.of("QUICKCHECK_PASSWORD", "Drei Tassen Tee"), "user", "add", "--email", "Chefin@Example.org", "--role", "admin");

        assertThat(run.status()).isZero();
        assertThat(directory.calls).containsExactly("add Chefin@Example.org admin Drei Tassen Tee");
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Konto chefin@example.org (admin) angelegt.\n");
        assertThat(directory.closed).isEqualTo(1);
    }

    @Test
    void addAsksTwiceOnTheTerminalWhenTheEnvironmentHasNoPassword() {
        typed.add("Vier Tassen Tee".toCharArray());
        typed.add("Vier Tassen Tee".toCharArray());

        CliRun run = run(Map.of(), "user", "add", "--email", "b@example.org", "--role", "consultant");

        assertThat(run.status()).isZero();
        assertThat(directory.calls).containsExactly("add b@example.org consultant Vier Tassen Tee");
    }

    @Test
    void addRefusesTwoDifferentPasswordsWithoutOpeningTheAccounts() {
        typed.add("Vier Tassen Tee".toCharArray());
        typed.add("Fünf Tassen Tee".toCharArray());

        CliRun run = run(Map.of("LANG", "en_US.UTF-8"), "user", "add", "--email", "b@example.org", "--role", "consultant");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("quickcheck user add: The two passwords do not match; no account was created.\n");
        assertThat(directory.opened).isZero();
    }

    @Test
    void withoutPasswordVariableAndWithoutTerminalAddSaysWhatToDo() {
        terminal = false;

        CliRun run = run(Map.of(), "user", "add", "--email", "b@example.org", "--role", "admin");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("quickcheck user add: Kein Passwort: setzen Sie QUICKCHECK_PASSWORD oder rufen Sie den Befehl"
                + " in einem Terminal auf");
        assertThat(directory.opened).isZero();
    }

    @Test
    void anUnknownRoleOrAMissingEmailIsAWrongCall() {
        CliRun role = run(Map.of("QUICKCHECK_PASSWORD", "Drei Tassen Tee"), "user", "add", "--email", "b@example.org", "--role", "boss");
        CliRun email = run(Map.of("QUICKCHECK_PASSWORD", "Drei Tassen Tee"), "user", "add", "--role", "admin", "--lang", "en");

        assertThat(role.status()).isEqualTo(2);
        assertThat(role.err()).startsWith("quickcheck user add: Ungültiger Wert \"boss\" für --role.");
        assertThat(email.status()).isEqualTo(2);
        assertThat(email.err()).contains("--email");
        assertThat(directory.opened).isZero();
    }

    @Test
    void whatTheAccountsRefuseIsSaidInTheAccountsOwnWords() {
        directory.refusal = new UserDirectory.Problem("account.password.too-short", List.of(12, 64));

        CliRun german = run(Map.of("QUICKCHECK_PASSWORD", "kurz"), "user", "add", "--email", "b@example.org", "--role", "admin");
        CliRun english = run(Map.of("QUICKCHECK_PASSWORD", "kurz"), "user", "add", "--email", "b@example.org", "--role", "admin",
                "--lang", "en");

        assertThat(german.status()).isEqualTo(1);
        assertThat(german.err()).isEqualTo("quickcheck user add: Das Passwort muss mindestens 12 Zeichen lang sein.\n");
        assertThat(english.err()).isEqualTo("quickcheck user add: The password must be at least 12 characters long.\n");
        assertThat(directory.closed).isEqualTo(2);
    }

    @Test
    void tokenPrintsTheTokenAloneOnStandardOutput() {
        CliRun run = run(Map.of(), "user", "token", "--email", "B@example.org", "--name", "Skript");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("qc_pat_secret\n");
        assertThat(run.err()).isEqualTo("Zugriffsschlüssel für b@example.org erstellt. Er wird nur dieses eine Mal angezeigt.\n");
        assertThat(directory.calls).containsExactly("token B@example.org Skript");
    }

    @Test
    void tokenHasADefaultNameAndReportsAnUnknownAccount() {
        directory.refusal = new UserDirectory.Problem("account.cli.unknown", List.of("x@example.org"));

        CliRun run = run(Map.of(), "user", "token", "--email", "x@example.org", "--lang", "en");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("quickcheck user token: There is no account with the email address x@example.org.\n");
        assertThat(directory.calls).containsExactly("token x@example.org command line");
    }

    @Test
    void helpListsTheUserCommandsInBothLanguages() {
        CliRun german = run(Map.of(), "help", "user");
        CliRun english = run(Map.of(), "user", "--help", "--lang", "en");

        assertThat(german.out()).contains("add", "token", "Konten des Arbeitsbereichs");
        assertThat(english.status()).isZero();
        assertThat(english.out()).contains("Create accounts of the workspace");
        assertThat(run(Map.of(), "help").out()).contains("user");
    }
}
