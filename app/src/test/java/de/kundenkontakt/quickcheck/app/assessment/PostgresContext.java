package de.kundenkontakt.quickcheck.app.assessment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context of the PostgreSQL tests: the application with its profile
 * "postgres" on the real PostgreSQL named by QUICKCHECK_TEST_POSTGRES_URL, _USER and _PASSWORD
 * ({@code eval "$(scripts/postgres start)"} sets them). Every class with only this annotation
 * shares the started context. Without those variables the tests are skipped with a message, or
 * fail when QUICKCHECK_REQUIRE_POSTGRES=true ({@link RequiresPostgres}); no context is started then.
 * Tests that need more instances start them beside it with {@link TestPostgres#startInstance}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest(
        properties = {
            "spring.datasource.url=${" + TestPostgres.URL + "}",
            "spring.datasource.username=${" + TestPostgres.USER + "}",
            "spring.datasource.password=${" + TestPostgres.PASSWORD + "}"
        })
public @interface PostgresContext {}
