package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.assessment.RequiresPostgres;
import de.kundenkontakt.quickcheck.app.assessment.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The statistics on a real PostgreSQL (shared with other tests: the direct count reads the same rows). */
@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest
class PostgresStatisticsIntegrationTest extends StatisticsContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
