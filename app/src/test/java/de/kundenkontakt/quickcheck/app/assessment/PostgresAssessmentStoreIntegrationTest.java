package de.kundenkontakt.quickcheck.app.assessment;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The store on a real PostgreSQL, with the application's profile "postgres". */
@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest
class PostgresAssessmentStoreIntegrationTest extends AssessmentStoreContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
