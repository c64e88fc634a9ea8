package de.kundenkontakt.quickcheck.app.assessment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class only against a real PostgreSQL named by QUICKCHECK_TEST_POSTGRES_URL, _USER
 * and _PASSWORD ({@code eval "$(scripts/postgres start)"} sets them). Without them the tests are
 * skipped with a message, or fail when QUICKCHECK_REQUIRE_POSTGRES=true.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestPostgres.Condition.class)
public @interface RequiresPostgres {}
