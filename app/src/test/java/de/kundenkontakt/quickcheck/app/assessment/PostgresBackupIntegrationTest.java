package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckApplication;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backup that docs/operations.md describes for PostgreSQL: {@code pg_dump -Fc} while the
 * application runs and {@code pg_restore --clean} bring back what was saved before the dump and
 * remove what was saved after it. Restores into the test database itself, whose schema the dump
 * recreates as it was.
 */
@RequiresPostgres
class PostgresBackupIntegrationTest {

    @TempDir
    Path folder;

    /** pg_dump and pg_restore of the newest PostgreSQL installed, as scripts/postgres finds them. */
    private static Path tool(String name) throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin").resolve(name))
                    .filter(Files::isExecutable)
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException(name + " not found under /usr/lib/postgresql"));
        }
    }

    private static void run(String tool, String... arguments) throws Exception {
        URI uri = URI.create(TestPostgres.url().substring("jdbc:".length()));
        List<String> command = new java.util.ArrayList<>(List.of(tool(tool).toString(), "-h", uri.getHost(), "-p",
                String.valueOf(uri.getPort()), "-U", TestPostgres.user(), "-d", uri.getPath().substring(1)));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", TestPostgres.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(tool + ": " + output).isZero();
    }

    @Test
    void aDumpTakenWhileRunningRestoresTheSavedAssessments() throws Exception {
        Path dump = folder.resolve("quickcheck.dump");
        try (ConfigurableApplicationContext running = new SpringApplicationBuilder(QuickcheckApplication.class)
                .run(Stream.concat(Stream.of("--server.port=0"), Stream.of(TestPostgres.arguments()))
                        .toArray(String[]::new))) {
            AssessmentService service = running.getBean(AssessmentService.class);
            CreatedAssessment before = service.startDraft(new AssessmentInput(
                    null, Map.of("reichweite", "wichtig"), CompanyProfile.EMPTY, CurrentState.EMPTY));

            run("pg_dump", "-Fc", "-f", dump.toString());
            CreatedAssessment after = service.startDraft(AssessmentInput.of(Map.of("reichweite", "unwichtig")));
            service.delete(before.deleteToken());
            run("pg_restore", "--clean", "--if-exists", "--no-owner", dump.toString());

            assertThat(service.find(before.viewToken())).contains(before.assessment());
            assertThat(service.find(after.viewToken())).isEmpty();
        }
    }
}
