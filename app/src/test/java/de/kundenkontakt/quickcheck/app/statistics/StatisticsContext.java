package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application context of the statistics tests that count exactly: the whole application
 * with {@code MockMvc}, as in {@link QuickcheckContext}, but on an in-memory H2 database that no
 * other test writes to, so that a test may empty it and know every row. All test classes that
 * carry only this annotation share the one started application; the rules of
 * {@link QuickcheckContext} apply.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = StatisticsContext.DATABASE)
@AutoConfigureMockMvc
@interface StatisticsContext {

    /** The statistics tests' own in-memory database. */
    String DATABASE = "spring.datasource.url=jdbc:h2:mem:statistics;DB_CLOSE_DELAY=-1";
}
