package de.kundenkontakt.quickcheck.app.result.json;

import de.kundenkontakt.quickcheck.app.shared.Violations;
import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.AnswerProblem;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks {@link AnswersFitCatalog} with the engine's own rules ({@link Answers#complete},
 * {@link Answers#draft}): a null level first, then the engine's problems in catalogue order.
 */
public final class AnswersFitCatalogValidator implements ConstraintValidator<AnswersFitCatalog, AnswerSet> {

    private int echo = Integer.MAX_VALUE;

    @Override
    public void initialize(AnswersFitCatalog constraint) {
        echo = constraint.echo();
    }

    @Override
    public boolean isValid(AnswerSet set, ConstraintValidatorContext context) {
        if (set == null || set.answers() == null) {
            return true;
        }
        Optional<Catalog> catalog = set.catalog();
        Map<String, String> given = new LinkedHashMap<>(set.answers());
        given.values().removeIf(Objects::isNull);
        boolean valid = given.size() == set.answers().size();
        set.answers().forEach((question, level) -> {
            if (level == null) {
                reportNull(context, question, catalog);
            }
        });
        if (catalog.isEmpty()) {
            return valid;
        }
        try {
            if (set.allAnswersRequired()) {
                Answers.complete(catalog.get(), given);
            } else {
                Answers.draft(catalog.get(), given);
            }
            return valid;
        } catch (InvalidAnswersException e) {
            // a question whose level was null is reported once, as such, not also as open
            e.problems().stream()
                    .filter(problem -> !set.answers().containsKey(problem.questionId())
                            || given.containsKey(problem.questionId()))
                    .forEach(problem -> report(context, problem, catalog.get()));
            return false;
        }
    }

    private void reportNull(ConstraintValidatorContext context, String question, Optional<Catalog> catalog) {
        if (catalog.isPresent() && catalog.get().question(question).isEmpty()) {
            report(context, "question.unknown", question, question, catalog.get().id());
        } else {
            report(context, "level.not-string", question, catalog.map(AnswersFitCatalogValidator::levels).orElse(""));
        }
    }

    private void report(ConstraintValidatorContext context, AnswerProblem problem, Catalog catalog) {
        String question = problem.questionId();
        switch (problem.kind()) {
            case MISSING -> report(context, "answer.missing", question, levels(catalog));
            case UNKNOWN_QUESTION -> report(context, "question.unknown", question, question, catalog.id());
            case UNKNOWN_LEVEL -> report(context, "level.unknown", question, problem.value(), levels(catalog));
        }
    }

    private void report(ConstraintValidatorContext context, String code, String question, String... args) {
        String[] shown = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shorten(args[i]);
        }
        Violations.report(context, code, "answers", shorten(question), shown);
    }

    private String shorten(String value) {
        return value == null || value.length() <= echo ? value : value.substring(0, echo) + "…";
    }

    /** The level ids of {@code catalog}, comma-separated, for messages. */
    public static String levels(Catalog catalog) {
        return String.join(", ", catalog.levels().stream().map(AnswerLevel::id).toList());
    }
}
