package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentProblem;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
import de.kundenkontakt.quickcheck.app.shared.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A profile is one that {@link CompanyProfile#parse} accepts: a plain company name of acceptable
 * length, and an industry, size class, region and market from the lists. The rules stay the
 * domain's; this constraint on a request reports each of its problems at its field ("profile.industry").
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ProfileFitsOptions.Check.class)
@interface ProfileFitsOptions {

    /** Unused: every problem has its own code. */
    String message() default "profile";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Asks the domain, with the lists it needs (injected by Spring's constraint validator factory). */
    final class Check implements ConstraintValidator<ProfileFitsOptions, AssessmentRequest> {

        private final ProfileOptions options;
        private final AssessmentProblems problems;

        Check(ProfileOptions options, AssessmentProblems problems) {
            this.options = options;
            this.problems = problems;
        }

        @Override
        public boolean isValid(AssessmentRequest request, ConstraintValidatorContext context) {
            ProfileJson profile = request.profile();
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
    }
}
