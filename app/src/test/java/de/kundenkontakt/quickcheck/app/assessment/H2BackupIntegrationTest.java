package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backup that docs/operations.md describes for the embedded database: {@code BACKUP TO} while
 * the application runs, restored with H2's Restore tool into an empty folder, brings back what was
 * saved before the backup and nothing saved after it.
 */
class H2BackupIntegrationTest {

    @TempDir
    Path folder;

    private static ConfigurableApplicationContext start(Path database) {
        return new SpringApplicationBuilder(QuickcheckApplication.class)
                .run("--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath(), "--server.port=0");
    }

    @Test
    void aBackupTakenWhileRunningRestoresTheSavedAssessments() throws Exception {
        Path live = folder.resolve("live");
        Path restored = folder.resolve("restored");
        Files.createDirectories(restored);
        Path zip = folder.resolve("quickcheck-backup.zip");
        CreatedAssessment before;
        CreatedAssessment after;
        try (ConfigurableApplicationContext running = start(live.resolve("quickcheck"))) {
            AssessmentService service = running.getBean(AssessmentService.class);
            before = service.startDraft(new AssessmentInput(
                    null, Map.of("reichweite", "wichtig"), CompanyProfile.EMPTY, CurrentState.EMPTY));
            running.getBean(JdbcClient.class).sql("BACKUP TO '" + zip.toAbsolutePath() + "'").update();
            after = service.startDraft(AssessmentInput.of(Map.of("reichweite", "unwichtig")));
        }

        Restore.execute(zip.toString(), restored.toString(), "quickcheck");

        try (ConfigurableApplicationContext back = start(restored.resolve("quickcheck"))) {
            AssessmentService service = back.getBean(AssessmentService.class);
            assertThat(service.find(before.viewToken())).contains(before.assessment());
            assertThat(service.find(after.viewToken())).isEmpty();
        }
    }
}
