package de.kundenkontakt.quickcheck.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application context of the tests that talk plain HTTP to the server (web.RawHttp, the JDK's
 * client): the whole application on a random port, without the management port, on an in-memory H2
 * database of its own. All test classes that carry only this annotation share the one server; the
 * rules of {@link QuickcheckContext} apply.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = RawHttpContext.DATABASE)
public @interface RawHttpContext {

    /** The server's in-memory database. */
    String DATABASE = "spring.datasource.url=jdbc:h2:mem:quickcheck-browser;DB_CLOSE_DELAY=-1";
}
