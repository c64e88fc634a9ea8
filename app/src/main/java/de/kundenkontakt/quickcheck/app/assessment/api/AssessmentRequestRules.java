package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentProblem;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.Usage;
import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
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
 * A request's profile and current state fit the domain's lists. The profile is one that {@link
 * CompanyProfile#parse} accepts: a plain company name of acceptable length, and an industry, size
 * class, region and market from the lists (the rules stay the domain's). Every entry of the current
 * state names a touchpoint of the request's catalogue and a known usage, checked in the order given.
 * Each problem is reported at its field ("profile.industry", "currentState.blog").
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AssessmentRequestRules.Check.class)
@interface AssessmentRequestRules {

    /** Unused: every problem has its own code. */
    String message() default "assessment";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Asks the domain, with the lists it needs (injected by Spring's constraint validator factory). */
    final class Check implements ConstraintValidator<AssessmentRequestRules, AssessmentRequest> {

        private final ProfileOptions options;
        private final AssessmentProblems problems;

        Check(ProfileOptions options, AssessmentProblems problems) {
            this.options = options;
            this.problems = problems;
        }

        @Override
        public boolean isValid(AssessmentRequest request, ConstraintValidatorContext context) {
            boolean profileFits = profileFits(request.profile(), context);
            boolean currentStateFits = currentStateFits(request, context);
            return profileFits && currentStateFits;
        }

        private boolean profileFits(ProfileJson profile, ConstraintValidatorContext context) {
            if (profile == null) {
                return true;
            }
            try {
                CompanyProfile.parse(options, profile.companyName(), profile.industry(), profile.sizeClass(),
                        profile.region(), profile.market());
                return true;
            } catch (InvalidAssessmentException e) {
                for (AssessmentProblem problem : e.problems()) {
                    FieldProblem described = problems.describe(problem);
                    Violations.report(
                            context, described.code(), described.field(), null, described.args().toArray(String[]::new));
                }
                return false;
            }
        }

        private static boolean currentStateFits(AssessmentRequest request, ConstraintValidatorContext context) {
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
