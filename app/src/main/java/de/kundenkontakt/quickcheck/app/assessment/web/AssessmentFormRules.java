package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentProblem;
import de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.Usage;
import de.kundenkontakt.quickcheck.app.shared.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The assessment page's forms fit the domain's rules: a {@link ProfileForm} is one that {@code
 * CompanyProfile.parse} accepts; a {@link CurrentStateForm} names only touchpoints of the catalogue
 * (with {@link #offered}: the only ones the form offers) and gives only known usages. Each problem is
 * reported at its form field with the page's message key, and the names it repeats in the page's
 * language.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(AssessmentFormRules.List.class)
@Constraint(validatedBy = {AssessmentFormRules.ProfileCheck.class, AssessmentFormRules.StateCheck.class})
public @interface AssessmentFormRules {

    /** Unused: every problem has its own message key. */
    String message() default "form";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** For the current state: whether to check the touchpoints named, rather than the usages given. */
    boolean offered() default false;

    /** Both checks on one form, each in its group. */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface List {
        AssessmentFormRules[] value();
    }

    /** Asks the domain, with the lists it needs and the labels (injected by Spring's constraint validator factory). */
    final class ProfileCheck implements ConstraintValidator<AssessmentFormRules, ProfileForm> {

        private final ProfileOptions options;
        private final MessageSource messages;

        ProfileCheck(ProfileOptions options, MessageSource messages) {
            this.options = options;
            this.messages = messages;
        }

        @Override
        public boolean isValid(ProfileForm form, ConstraintValidatorContext context) {
            try {
                form.toProfile(options);
                return true;
            } catch (InvalidAssessmentException invalid) {
                Locale locale = LocaleContextHolder.getLocale();
                for (AssessmentProblem problem : invalid.problems()) {
                    if (problem.kind() == AssessmentProblem.Kind.UNKNOWN_VALUE) {
                        Violations.report(context, "assessment.profile.error", problem.name(), null,
                                messages.getMessage("assessment.profile." + problem.name(), null, locale),
                                messages.getMessage(problem.messageKey(), null, locale));
                    } else {
                        Violations.report(context, problem.messageKey(), problem.name(), null);
                    }
                }
                return false;
            }
        }
    }

    /** Checks the touchpoints named or the usages given, in the order the form sent them. */
    final class StateCheck implements ConstraintValidator<AssessmentFormRules, CurrentStateForm.InCatalog> {

        private boolean offered;

        @Override
        public void initialize(AssessmentFormRules rules) {
            offered = rules.offered();
        }

        @Override
        public boolean isValid(CurrentStateForm.InCatalog form, ConstraintValidatorContext context) {
            Locale locale = LocaleContextHolder.getLocale();
            boolean valid = true;
            for (Map.Entry<String, String> entry : form.usage().entrySet()) {
                String id = entry.getKey();
                String usage = entry.getValue();
                if (offered && form.catalog().touchpoint(id).isEmpty()) {
                    Violations.report(context, "assessment.invalid.unknown-touchpoint", "usage", id, id);
                    valid = false;
                } else if (!offered && usage != null && !usage.isBlank() && Usage.byId(usage.strip()).isEmpty()) {
                    String name = form.catalog().touchpoint(id).map(t -> t.name().in(locale)).orElse(id);
                    Violations.report(context, "assessment.state.error", "usage", id, name);
                    valid = false;
                }
            }
            return valid;
        }
    }
}
