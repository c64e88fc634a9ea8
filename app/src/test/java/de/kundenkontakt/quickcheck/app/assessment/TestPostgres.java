package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.app.QuickcheckApplication;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The PostgreSQL the tests use, from the environment that {@code scripts/postgres start} exports. */
public final class TestPostgres {

    static final String URL = "QUICKCHECK_TEST_POSTGRES_URL";
    static final String USER = "QUICKCHECK_TEST_POSTGRES_USER";
    static final String PASSWORD = "QUICKCHECK_TEST_POSTGRES_PASSWORD";
    static final String REQUIRE = "QUICKCHECK_REQUIRE_POSTGRES";

    private TestPostgres() {}

    public static boolean configured() {
        return present(URL) && present(USER) && System.getenv(PASSWORD) != null;
    }

    public static String url() {
        return System.getenv(URL);
    }

    public static String user() {
        return System.getenv(USER);
    }

    public static String password() {
        return System.getenv(PASSWORD);
    }

    /** Command-line arguments that point an application at the test database with profile postgres. */
    public static String[] arguments() {
        return new String[] {
            "--spring.profiles.active=postgres",
            "--spring.datasource.url=" + url(),
            "--spring.datasource.username=" + user(),
            "--spring.datasource.password=" + password()
        };
    }

    /**
     * Starts the whole application with profile postgres on the test database and a random port,
     * as one of several instances behind a proxy would run.
     *
     * @param more further arguments, such as {@code --server.forward-headers-strategy=native}
     */
    public static ConfigurableApplicationContext startInstance(String... more) {
        List<String> all = new ArrayList<>(List.of(arguments()));
        all.add("--server.port=0");
        all.addAll(List.of(more));
        return new SpringApplicationBuilder(QuickcheckApplication.class).run(all.toArray(String[]::new));
    }

    /** Stops the instances that were started (null ones are skipped). */
    public static void stop(ConfigurableApplicationContext... instances) {
        for (ConfigurableApplicationContext instance : instances) {
            if (instance != null) {
                instance.close();
            }
        }
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
