package de.kundenkontakt.quickcheck.app.statistics;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The statistics on the embedded H2 database, in a database of their own (no other test's rows);
 * {@link BenchmarkIntegrationTest} shares it.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:statistics;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class H2StatisticsIntegrationTest extends StatisticsContract {}
