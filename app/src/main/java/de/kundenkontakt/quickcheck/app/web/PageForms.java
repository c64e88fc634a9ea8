package de.kundenkontakt.quickcheck.app.web;

import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
import de.kundenkontakt.quickcheck.app.shared.FieldProblemException;
import de.kundenkontakt.quickcheck.app.shared.Violations;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Checks what a page form sent with Bean Validation, after data binding put it into a form record.
 * Constraints report their problems as the API's do ({@link Violations#report}): the message key as
 * the violation's template, the values it names as its arguments; here they become errors of the
 * form's {@link BindingResult} at their fields ({@code answers[reichweite]}), which the page shows
 * with {@code th:errors} in the error summary and at the field, and the page answers 422.
 *
 * <p>What no form of ours sends (a value data binding could not put into its field, such as
 * {@code answers=x} for the map {@code answers[…]}) or offers (an unknown question, level or
 * touchpoint) is not a typing mistake to correct on the page but a tampered request: binding errors
 * and the constraints in the group {@link Offered} are checked first, and their first problem gives
 * the friendly 400 page ({@link BadPageRequestException}). Thread-safe.
 */
@Component
public final class PageForms {

    /** The group of constraints on what the forms offer: a violation means a tampered request. */
    public interface Offered {}

    private final Validator validator;

    PageForms(Validator validator) {
        this.validator = validator;
    }

    /**
     * Refuses binding errors, checks the constraints of the group {@link Offered}, then those of
     * {@code groups}, and records each problem of the latter at its field.
     *
     * @param values the form's values, often the form itself or the form in the context it is
     *     checked in (the assessment's catalogue); its properties name the fields; not null
     * @param result the form's binding result, not null
     * @param groups the groups to check after {@link Offered}; none for the default group
     * @return whether the form is free of errors
     * @throws BadPageRequestException naming the field that could not be bound, or the first problem
     *     with what the forms offer
     */
    public boolean check(Object values, BindingResult result, Class<?>... groups) {
        FieldError unbound = result.getFieldError();
        if (unbound != null) {
            throw new BadPageRequestException("error.form.unknown-field", List.of(unbound.getField()));
        }
        List<FieldProblem> tampered = Violations.problemsAtPropertyPaths(validator.validate(values, Offered.class));
        if (!tampered.isEmpty()) {
            throw new BadPageRequestException(tampered.get(0).code(), tampered.get(0).args());
        }
        for (FieldProblem problem : Violations.problemsAtPropertyPaths(validator.validate(values, groups))) {
            result.rejectValue(problem.field(), problem.code(), problem.args().toArray(), null);
        }
        return !result.hasErrors();
    }

    /**
     * Shows a feature's refusal of what a form sent at the form's field, as the form's own errors
     * are shown, and answers 422.
     *
     * @param result the form's binding result, not null
     * @param problem the refusal, naming a field of the form; not null
     */
    public static void reject(BindingResult result, FieldProblemException problem, HttpServletResponse response) {
        result.rejectValue(problem.field(), problem.messageKey(), problem.arguments().toArray(), null);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }

    /**
     * Shows a feature's refusal that concerns no field of this form as an error of the whole form, and
     * answers 422.
     *
     * @param result the form's binding result, not null
     * @param problem the refusal; its field is not one of the form's; not null
     */
    public static void rejectForm(BindingResult result, FieldProblemException problem, HttpServletResponse response) {
        result.reject(problem.messageKey(), problem.arguments().toArray(), null);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }
}
