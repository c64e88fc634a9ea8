package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A draft saved on the embedded H2 file database is still there after the application restarts. */
class DraftSurvivesRestartIntegrationTest {

    @TempDir
    Path folder;

    @Test
    void findsTheDraftAfterARestart() {
        String url = "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("quickcheck").toAbsolutePath()
                + ";AUTO_SERVER=FALSE";
        CreatedAssessment created;
        try (ConfigurableApplicationContext before = start(url)) {
            created = before.getBean(AssessmentService.class).startDraft(new AssessmentInput(
                    null,
                    Map.of("visualisierung", "sehr-wichtig", "kundenbeziehung", "weniger-wichtig"),
                    CompanyProfile.parse(ProfileOptions.builtIn(), "Café Süß", "I", "1-9", "AT", "b2c"),
                    CurrentState.parse(Map.of("social-media", "planned"))));
        }
        assertThat(folder.resolve("quickcheck.mv.db")).exists();
        assertThat(Files.isRegularFile(folder.resolve("quickcheck.mv.db"))).isTrue();

        try (ConfigurableApplicationContext after = start(url)) {
            Assessment found = after.getBean(AssessmentService.class)
                    .find(created.viewToken().value())
                    .orElseThrow();

            assertThat(found).isEqualTo(created.assessment());
            assertThat(found.profile().companyName()).isEqualTo("Café Süß");
            assertThat(found.answers().asIds()).containsEntry("visualisierung", "sehr-wichtig");
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(QuickcheckApplication.class).run(url, "--server.port=0");
    }
}
