package de.kundenkontakt.quickcheck.app.shared;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation's constraint violations as {@link FieldProblem}s. A constraint's message template is
 * the problem code (such as "level.unknown"); the values its message names travel with the
 * violation as Hibernate Validator's dynamic payload, because they are filled in later, in the
 * language of each response. Bean Validation returns violations as a set; problems are listed in the
 * order of the record's fields, and within one field in the order its validator reported them.
 */
public final class Violations {

    /** Orders the violations of one validation: every report counts up. */
    private static final AtomicLong REPORTED = new AtomicLong();

    private static final Validator PLAIN = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private Violations() {}

    /**
     * A validator for where Spring does not run (the CLI); its constraint validators must do without
     * injected dependencies. Messages are not interpolated: a violation's template is its code.
     */
    public static Validator plainValidator() {
        return PLAIN;
    }

    /** What a reported violation carries besides code and path. */
    private record Details(long order, List<String> args) {}

    /**
     * Reports one problem from a constraint validator, in place of the constraint's default violation.
     *
     * @param context the validator's context, not null
     * @param code the problem code, such as "level.unknown"
     * @param field the property the problem concerns, relative to the validated object; nested
     *     properties joined with dots, such as "profile.industry"
     * @param key the map key within that property, or null for the property itself
     * @param args the values the message names, in the order of its placeholders
     */
    public static void report(
            ConstraintValidatorContext context, String code, String field, String key, String... args) {
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(new Details(REPORTED.incrementAndGet(), List.of(args)));
        String[] properties = field.split("\\.");
        ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node =
                context.buildConstraintViolationWithTemplate(code).addPropertyNode(properties[0]);
        for (int i = 1; i < properties.length; i++) {
            node = node.addPropertyNode(properties[i]);
        }
        if (key == null) {
            node.addConstraintViolation();
        } else {
            node.addContainerElementNode("<map value>", Map.class, 1).inIterable().atKey(key).addConstraintViolation();
        }
    }

    /** The problems of {@code violations}, in field order, each named by its JSON path ("answers.reichweite"). */
    public static <T> List<FieldProblem> problems(Set<ConstraintViolation<T>> violations) {
        return problems(violations, Violations::field);
    }

    /**
     * The problems of {@code violations}, in field order, each named by its property path as data
     * binding writes it ("answers[reichweite]"), for the errors of a page form.
     */
    public static <T> List<FieldProblem> problemsAtPropertyPaths(Set<ConstraintViolation<T>> violations) {
        return problems(violations, Violations::propertyPath);
    }

    private static <T> List<FieldProblem> problems(
            Set<ConstraintViolation<T>> violations, Function<Path, String> naming) {
        List<ConstraintViolation<T>> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparingInt((ConstraintViolation<T> v) -> fieldIndex(v))
                .thenComparingLong(v -> details(v).order()));
        return sorted.stream()
                .map(v -> new FieldProblem(naming.apply(v.getPropertyPath()), v.getMessageTemplate(), details(v).args()))
                .toList();
    }

    private static Details details(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        Details details = hibernate.getDynamicPayload(Details.class);
        return details != null ? details : new Details(0, List.of());
    }

    /** The position of the violation's first property among the components of the validated record. */
    private static int fieldIndex(ConstraintViolation<?> violation) {
        RecordComponent[] components = violation.getRootBeanClass().getRecordComponents();
        if (components == null) {
            return 0;
        }
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
                return names.indexOf(node.getName());
            }
        }
        return -1;
    }

    /** "answers.reichweite" for the path of a map entry, "profile.industry" for a nested property. */
    private static String field(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKey() != null) {
                parts.add(String.valueOf(node.getKey()));
            } else if (node.getKind() == ElementKind.PROPERTY) {
                parts.add(node.getName());
            }
        }
        return String.join(".", parts);
    }

    /** "answers[reichweite]" for the path of a map entry, "profile.industry" for a nested property. */
    private static String propertyPath(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKey() != null) {
                name.append('[').append(node.getKey()).append(']');
            } else if (node.getKind() == ElementKind.PROPERTY) {
                name.append(name.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return name.toString();
    }
}
