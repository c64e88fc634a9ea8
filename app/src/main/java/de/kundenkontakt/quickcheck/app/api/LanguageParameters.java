package de.kundenkontakt.quickcheck.app.api;

import io.swagger.v3.oas.annotations.Parameter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@link RequestLanguage} argument of an API operation. The OpenAPI description then
 * lists what it is read from: the query parameter {@code lang} (when {@link #lang} describes it)
 * and the header Accept-Language; the argument itself is no parameter of the description.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(hidden = true)
public @interface LanguageParameters {

    /** The description of {@code ?lang}; empty (the default) for an operation that follows Accept-Language only. */
    String lang() default "";
}
