package de.kundenkontakt.quickcheck.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckApplication;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded H2 file database writes every commit to its file before the commit returns, so that
 * an acknowledged change survives kill -9 (bench/crash.py shows it with a real kill; scripts/test
 * runs a short round of it).
 */
class DatabaseDurabilityIntegrationTest {

    @TempDir
    Path folder;

    @Test
    void h2WritesEachCommitAtOnceEvenWithAnOperatorsOwnUrl() {
        // An operator's URL without any durability setting: the application must set it itself.
        String url = "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("quickcheck").toAbsolutePath();
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(QuickcheckApplication.class).run(url, "--server.port=0")) {
            // H2 lists the setting once as it runs and, once it was set, once as stored in the file.
            List<String> writeDelay = context.getBean(JdbcClient.class)
                    .sql("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")
                    .query(String.class)
                    .list();

            assertThat(writeDelay).isNotEmpty().containsOnly("0");
            // and it stays open while the application runs, however the pool renews its connections
            assertThat(context.getBean(JdbcClient.class)
                            .sql("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'DB_CLOSE_DELAY'")
                            .query(String.class)
                            .list())
                    .isNotEmpty()
                    .containsOnly("-1");
        }
    }
}
