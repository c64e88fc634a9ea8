package de.kundenkontakt.quickcheck.app.questionnaire.web;

import de.kundenkontakt.quickcheck.app.shared.Violations;
import de.kundenkontakt.quickcheck.engine.AnswerProblem;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import de.kundenkontakt.quickcheck.engine.Question;
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
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The questionnaire form's answers fit their catalogue, by the engine's rules ({@link Answers#draft}):
 * every answer names a question and a level the catalogue has (the only ones the form offers) or,
 * with {@link #allAnswered}, every question has an answer. Each problem is reported at its field
 * ({@code answers[reichweite]}) with the page's message key and the question's topic in the page's
 * language.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(QuestionnaireRules.List.class)
@Constraint(validatedBy = QuestionnaireRules.Check.class)
public @interface QuestionnaireRules {

    /** Unused: every problem has its own message key. */
    String message() default "answers";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether to check that every question is answered, rather than what the answers name. */
    boolean allAnswered() default false;

    /** Both checks on one form, each in its group. */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface List {
        QuestionnaireRules[] value();
    }

    /** Checks one of the two rules. */
    final class Check implements ConstraintValidator<QuestionnaireRules, QuestionnaireForm.InCatalog> {

        private boolean allAnswered;

        @Override
        public void initialize(QuestionnaireRules rules) {
            allAnswered = rules.allAnswered();
        }

        @Override
        public boolean isValid(QuestionnaireForm.InCatalog form, ConstraintValidatorContext context) {
            return allAnswered ? everyQuestionAnswered(form, context) : onlyOffered(form, context);
        }

        private static boolean onlyOffered(QuestionnaireForm.InCatalog form, ConstraintValidatorContext context) {
            try {
                Answers.draft(form.catalog(), form.answers());
                return true;
            } catch (InvalidAnswersException invalid) {
                for (AnswerProblem problem : invalid.problems()) {
                    String question = problem.questionId();
                    if (problem.kind() == AnswerProblem.Kind.UNKNOWN_LEVEL) {
                        Violations.report(context, "questionnaire.invalid.unknown-level", "answers", question,
                                topic(form.catalog(), question), problem.value());
                    } else {
                        Violations.report(context, "questionnaire.invalid.unknown-question", "answers", question, question);
                    }
                }
                return false;
            }
        }

        private static boolean everyQuestionAnswered(QuestionnaireForm.InCatalog form, ConstraintValidatorContext context) {
            boolean valid = true;
            for (Question question : form.catalog().questions()) {
                String level = form.answers().get(question.id());
                if (level == null || level.isBlank()) {
                    Violations.report(context, "questionnaire.error.missing", "answers", question.id(),
                            topic(form.catalog(), question.id()));
                    valid = false;
                }
            }
            return valid;
        }

        /** The question's topic in the page's language; the id itself for a question the catalogue lacks. */
        private static String topic(Catalog catalog, String questionId) {
            Locale locale = LocaleContextHolder.getLocale();
            return catalog.question(questionId).map(q -> q.topic().in(locale)).orElse(questionId);
        }
    }
}
