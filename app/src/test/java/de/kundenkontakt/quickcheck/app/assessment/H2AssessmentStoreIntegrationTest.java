package de.kundenkontakt.quickcheck.app.assessment;

import org.springframework.boot.test.context.SpringBootTest;

/** The store on the embedded H2 database, in memory for speed. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:assessment-store;DB_CLOSE_DELAY=-1")
class H2AssessmentStoreIntegrationTest extends AssessmentStoreContract {}
