package de.kundenkontakt.quickcheck.app.assessment;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The PostgreSQL the tests use, from the environment that {@code scripts/postgres start} exports. */
final class TestPostgres {

    static final String URL = "QUICKCHECK_TEST_POSTGRES_URL";
    static final String USER = "QUICKCHECK_TEST_POSTGRES_USER";
    static final String PASSWORD = "QUICKCHECK_TEST_POSTGRES_PASSWORD";
    static final String REQUIRE = "QUICKCHECK_REQUIRE_POSTGRES";

    private TestPostgres() {}

    static boolean configured() {
        return present(URL) && present(USER) && System.getenv(PASSWORD) != null;
    }

    static String url() {
        return System.getenv(URL);
    }

    static String user() {
        return System.getenv(USER);
    }

    static String password() {
        return System.getenv(PASSWORD);
    }

    /** Command-line arguments that point an application at the test database with profile postgres. */
    static String[] arguments() {
        return new String[] {
            "--spring.profiles.active=postgres",
            "--spring.datasource.url=" + url(),
            "--spring.datasource.username=" + user(),
            "--spring.datasource.password=" + password()
        };
    }

    private static boolean present(String name) {
        String value = System.getenv(name);
        return value != null && !value.isBlank();
    }

    /** Skips, or fails when PostgreSQL is required, the tests of a class without a database. */
    static final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (configured()) {
                return ConditionEvaluationResult.enabled("PostgreSQL at " + url());
            }
            String message = "PostgreSQL tests need " + URL + ", " + USER + " and " + PASSWORD
                    + "; start a throwaway cluster with: eval \"$(scripts/postgres start)\"";
            if ("true".equalsIgnoreCase(System.getenv(REQUIRE))) {
                throw new IllegalStateException(REQUIRE + "=true but " + message);
            }
            return ConditionEvaluationResult.disabled("skipped: " + message);
        }
    }
}
