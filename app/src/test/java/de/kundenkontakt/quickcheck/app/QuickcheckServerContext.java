package de.kundenkontakt.quickcheck.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one application context that the tests over real HTTP and in Chromium share: the whole
 * application on a random port (and its management port on another), on an in-memory H2 database
 * of its own. All test classes that carry only this annotation run against the same server; the
 * rules of {@link QuickcheckContext} apply.
 *
 * <p>Why not the MockMvc tests' context: Spring Security's test support ({@code csrf()} of
 * {@code SecurityMockMvcRequestPostProcessors}) swaps the CSRF token repository of the context's
 * filter chain for a session-based one, for good. Real requests in that context would then get a
 * session and a session-held token, where the application keeps its token in a cookie and public
 * pages create no session. So no test here may use {@code MockMvc}; this context offers none.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {QuickcheckServerContext.DATABASE, QuickcheckServerContext.MANAGEMENT_PORT})
public @interface QuickcheckServerContext {

    /** The server's in-memory database. */
    String DATABASE = "spring.datasource.url=jdbc:h2:mem:quickcheck-server;DB_CLOSE_DELAY=-1";

    /**
     * The management port (health, metrics), off by default, is on at a random port, as an operator
     * turns it on: so the tests of the management endpoints need no context of their own.
     */
    String MANAGEMENT_PORT = "management.server.port=0";
}
