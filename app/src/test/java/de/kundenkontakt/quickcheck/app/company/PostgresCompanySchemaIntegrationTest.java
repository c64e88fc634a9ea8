package de.kundenkontakt.quickcheck.app.company;

import de.kundenkontakt.quickcheck.app.assessment.RequiresPostgres;
import de.kundenkontakt.quickcheck.app.assessment.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The companies' tables on a real PostgreSQL, with the application's profile "postgres". */
@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest
class PostgresCompanySchemaIntegrationTest extends CompanySchemaContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
