package de.kundenkontakt.quickcheck.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application context that the integration and browser tests share: the whole application
 * on a random port (for HTTP clients and Chromium) with {@code MockMvc} beside it, on one in-memory
 * H2 database. Spring caches a context by its configuration, so all test classes that carry only
 * this annotation run against the same started application.
 *
 * <p>Rules that keep it that way: no further {@code @SpringBootTest} properties, profiles,
 * {@code @Import}, {@code @MockitoBean} or {@code @DirtiesContext} on a test class (each starts a
 * context of its own); a test-only endpoint is a top-level class in the test sources, which every
 * context picks up. Tests share the database: each creates its own data and compares row counts
 * before and after, never with zero. PostgreSQL tests use {@code assessment.PostgresContext}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {QuickcheckContext.DATABASE, QuickcheckContext.MANAGEMENT_PORT})
@AutoConfigureMockMvc
public @interface QuickcheckContext {

    /** The shared in-memory database; the build passes the same URL to every test JVM. */
    String DATABASE = "spring.datasource.url=jdbc:h2:mem:quickcheck-test;DB_CLOSE_DELAY=-1";

    /**
     * The management port (health, metrics), off by default, is on at a random port, as an operator
     * turns it on: so the tests of the management endpoints need no context of their own.
     */
    String MANAGEMENT_PORT = "management.server.port=0";
}
