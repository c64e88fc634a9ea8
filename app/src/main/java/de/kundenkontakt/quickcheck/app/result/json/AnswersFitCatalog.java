package de.kundenkontakt.quickcheck.app.result.json;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The answers of an {@link AnswerSet} fit its catalogue: every question known, every level known,
 * and every question answered where that is required. Each problem names its field
 * ("answers.reichweite") and, in its message, the allowed levels.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AnswersFitCatalogValidator.class)
public @interface AnswersFitCatalog {

    /** Unused: every problem has its own code. */
    String message() default "answers";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** How many characters of a question id or level a problem repeats at most; longer ones end in "…". */
    int echo() default Integer.MAX_VALUE;
}
