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
 * The one application context that the MockMvc integration tests share: the whole application in
 * a mock servlet environment with {@code MockMvc}, on one in-memory H2 database. Spring caches a
 * context by its configuration, so all test classes that carry only this annotation run against
 * the same started application. Tests over real HTTP or in Chromium use {@link QuickcheckServerContext},
 * PostgreSQL tests {@code assessment.PostgresContext}.
 *
 * <p>Rules that keep it that way: no further {@code @SpringBootTest} properties, profiles,
 * {@code @Import}, {@code @MockitoBean} or {@code @DirtiesContext} on a test class (each starts a
 * context of its own); a test-only endpoint is a top-level class in the test sources, which every
 * context picks up. Tests share the database: each creates its own data and compares row counts
 * before and after, never with zero.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = QuickcheckContext.DATABASE)
@AutoConfigureMockMvc
public @interface QuickcheckContext {

    /** The MockMvc tests' in-memory database; the build passes the same URL to every test JVM. */
    String DATABASE = "spring.datasource.url=jdbc:h2:mem:quickcheck-test;DB_CLOSE_DELAY=-1";
}
