package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.api.json.ApiJson;
import de.kundenkontakt.quickcheck.app.api.json.Bound;
import de.kundenkontakt.quickcheck.app.api.json.InvalidRequestException;
import de.kundenkontakt.quickcheck.app.api.json.JsonBinding;
import de.kundenkontakt.quickcheck.app.api.json.JsonMergePatch;
import de.kundenkontakt.quickcheck.app.api.json.RequestShape;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentChanges;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.result.json.AnswersFitCatalogValidator;
import de.kundenkontakt.quickcheck.app.result.json.RequestedCatalog;
import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads the bodies that create ({@code POST}) and change ({@code PATCH}) an assessment: Jackson
 * binds them to {@link AssessmentRequest}, Bean Validation checks that against its catalogue and the
 * profile lists, and every problem is named by its field: {@code answers.reichweite},
 * {@code profile.industry}, {@code currentState.blog}. A change is a JSON Merge Patch (RFC 7396):
 * it is applied to the assessment's current JSON form, and the result is bound and checked like a
 * new one. Immutable and thread-safe.
 */
@Component
public final class AssessmentRequestReader {

    /** The top-level fields of a body that creates an assessment, in documentation order. */
    public static final List<String> CREATE_FIELDS = List.of("catalog", "answers", "draft", "profile", "currentState");

    /** The top-level fields of a body that changes an assessment, in documentation order. */
    public static final List<String> CHANGE_FIELDS = List.of("answers", "complete", "profile", "currentState");

    /** The fields of a profile, in documentation order. */
    public static final List<String> PROFILE_FIELDS = List.of("companyName", "industry", "sizeClass", "region", "market");

    /** How many characters of a key or value sent a problem repeats at most. */
    static final int SHOWN = 64;

    private final Catalogs catalogs;
    private final ProfileOptions options;
    private final Validator validator;
    private final Shape createShape;
    private final Shape changeShape;

    /** A reader for these catalogues and profile lists, checking with {@code validator}; none null. */
    public AssessmentRequestReader(Catalogs catalogs, ProfileOptions options, Validator validator) {
        this.catalogs = catalogs;
        this.options = options;
        this.validator = validator;
        String known = String.join(", ", catalogs.ids());
        String levels = AnswersFitCatalogValidator.levels(catalogs.defaultCatalog());
        this.createShape = new Shape(CREATE_FIELDS, known, levels);
        this.changeShape = new Shape(CHANGE_FIELDS, known, levels);
    }

    /**
     * Reads and checks a body that creates an assessment.
     *
     * @param json the body (UTF-8, or UTF-16/32 with the usual detection), not null
     * @throws InvalidRequestException naming every problem found
     */
    public NewAssessment readNew(byte[] json) {
        AssessmentRequest request = JsonBinding.bind(
                        JsonBinding.parse(json),
                        AssessmentRequest.class,
                        createShape,
                        RequestedCatalog.attributes(catalogs, catalogs.defaultCatalog()))
                .validatedWith(validator);
        boolean complete = Answers.draft(request.knownCatalog(), request.answers()).isComplete();
        AssessmentInput input = new AssessmentInput(
                request.knownCatalog().id(), request.answers(), profile(request), CurrentState.parse(request.currentState()));
        return new NewAssessment(input, Boolean.TRUE.equals(request.draft()) || !complete);
    }

    /**
     * Reads and checks a body that changes {@code current}, a JSON Merge Patch of its answers,
     * profile and current state.
     *
     * @param json the body, not null
     * @param current the assessment as it is now, not null
     * @throws InvalidRequestException naming every problem found, including every open question
     *     when the assessment is or becomes complete
     */
    public AssessmentChanges readChanges(byte[] json, Assessment current) {
        JsonNode patch = JsonBinding.parse(json);
        JsonNode changed = JsonMergePatch.apply(ApiJson.mapper().valueToTree(AssessmentPatch.of(current)), patch);
        Bound<AssessmentPatch> bound = JsonBinding.bind(changed, AssessmentPatch.class, changeShape, Map.of());
        AssessmentRequest request = bound.map(merged -> merged.toRequest(current)).validatedWith(validator);
        return new AssessmentChanges(
                patch.has("answers") ? request.answers() : null,
                Boolean.TRUE.equals(bound.value().complete()),
                patch.has("profile") ? profile(request) : null,
                patch.has("currentState") ? CurrentState.parse(request.currentState()) : null);
    }

    private CompanyProfile profile(AssessmentRequest request) {
        ProfileJson profile = request.profile();
        return profile == null
                ? CompanyProfile.EMPTY
                : CompanyProfile.parse(options, profile.companyName(), profile.industry(), profile.sizeClass(),
                        profile.region(), profile.market());
    }

    /** Keeps an echoed key or value short, so that a huge input is not repeated back in full. */
    static String shorten(String value) {
        return value == null || value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }

    /** Names what does not fit the shape of a body that creates or changes an assessment. */
    private record Shape(List<String> fields, String knownCatalogs, String levels) implements RequestShape {

        @Override
        public FieldProblem wrongType(List<String> path) {
            if (path.isEmpty()) {
                return FieldProblem.of("body", "body.not-assessment", String.join(", ", fields));
            }
            String field = path.get(0);
            if (path.size() > 1) {
                String entry = field + "." + shorten(path.get(1));
                return switch (field) {
                    case "answers" -> FieldProblem.of(entry, "level.not-string", levels);
                    case "currentState" -> FieldProblem.of(entry, "usage.not-string", AssessmentProblems.usages());
                    default -> FieldProblem.of(entry, "value.not-string");
                };
            }
            return switch (field) {
                case "catalog" -> FieldProblem.of(field, "catalog.not-string", knownCatalogs);
                case "profile" -> FieldProblem.of(field, "profile.not-object", String.join(", ", PROFILE_FIELDS));
                case "currentState" -> FieldProblem.of(field, "currentState.not-object", AssessmentProblems.usages());
                case "answers" -> FieldProblem.of(field, "answers.not-object");
                default -> FieldProblem.of(field, "flag.not-boolean");
            };
        }

        @Override
        public FieldProblem unknownValue(List<String> path, String value) {
            return FieldProblem.of("catalog", "catalog.unknown", shorten(value), knownCatalogs);
        }

        @Override
        public FieldProblem unknownField(Class<?> owner, String name) {
            if (owner == ProfileJson.class) {
                return FieldProblem.of("profile." + shorten(name), "field.not-allowed", String.join(", ", PROFILE_FIELDS));
            }
            if (name.equals("catalog") && fields.equals(CHANGE_FIELDS)) {
                return FieldProblem.of("catalog", "catalog.fixed");
            }
            return FieldProblem.of(shorten(name), "field.not-allowed", String.join(", ", fields));
        }
    }
}
