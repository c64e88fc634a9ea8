package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.assessment.Usage;
import de.kundenkontakt.quickcheck.app.shared.Violations;
import de.kundenkontakt.quickcheck.engine.Catalog;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * Every entry of a request's current state names a touchpoint of its catalogue and a known usage;
 * each problem names its field ("currentState.blog").
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CurrentStateFitsCatalog.Check.class)
@interface CurrentStateFitsCatalog {

    /** Unused: every problem has its own code. */
    String message() default "currentState";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the entries in the order given. */
    final class Check implements ConstraintValidator<CurrentStateFitsCatalog, AssessmentRequest> {

        @Override
        public boolean isValid(AssessmentRequest request, ConstraintValidatorContext context) {
            if (request.catalog().isEmpty()) {
                return true;
            }
            Catalog catalog = request.catalog().get();
            boolean valid = true;
            for (Map.Entry<String, String> entry : request.currentState().entrySet()) {
                String touchpoint = AssessmentRequestReader.shorten(entry.getKey());
                if (catalog.touchpoint(entry.getKey()).isEmpty()) {
                    Violations.report(context, "touchpoint.unknown", "currentState", touchpoint, touchpoint, catalog.id());
                    valid = false;
                } else if (Usage.byId(entry.getValue().strip()).isEmpty()) {
                    Violations.report(context, "usage.unknown", "currentState", touchpoint,
                            AssessmentRequestReader.shorten(entry.getValue()), AssessmentProblems.usages());
                    valid = false;
                }
            }
            return valid;
        }
    }
}
