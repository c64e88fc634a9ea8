package de.kundenkontakt.quickcheck.app.company.api;

import de.kundenkontakt.quickcheck.app.api.json.Bound;
import de.kundenkontakt.quickcheck.app.api.json.InvalidRequestException;
import de.kundenkontakt.quickcheck.app.api.json.JsonBinding;
import de.kundenkontakt.quickcheck.app.api.json.RequestShape;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.api.AssessmentProblems;
import de.kundenkontakt.quickcheck.app.assessment.api.AssessmentRequestReader;
import de.kundenkontakt.quickcheck.app.assessment.api.ProfileJson;
import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads the body that creates a company: a JSON object in the shape of an assessment's profile
 * ({@link ProfileJson}), bound with Jackson and checked by the profile's own rules; the name is
 * required. Every problem is named by its field as the body has it ("companyName", "industry" …).
 */
@Component
class CompanyRequestReader {

    private static final String FIELDS = String.join(", ", AssessmentRequestReader.PROFILE_FIELDS);

    private static final RequestShape SHAPE = new RequestShape() {

        @Override
        public FieldProblem wrongType(List<String> path) {
            return path.isEmpty()
                    ? FieldProblem.of("body", "body.not-company", FIELDS)
                    : FieldProblem.of(path.get(0), "value.not-string");
        }

        @Override
        public FieldProblem unknownValue(List<String> path, String value) {
            return FieldProblem.of(path.isEmpty() ? "body" : path.get(0), "value.not-string");
        }

        @Override
        public FieldProblem unknownField(Class<?> owner, String name) {
            String shown = name.length() <= 64 ? name : name.substring(0, 64) + "…";
            return FieldProblem.of(shown, "field.not-allowed", FIELDS);
        }
    };

    private final ProfileOptions options;
    private final AssessmentProblems problems;

    CompanyRequestReader(ProfileOptions options, AssessmentProblems problems) {
        this.options = options;
        this.problems = problems;
    }

    /**
     * The profile of a new company.
     *
     * @throws InvalidRequestException (malformed: 400; invalid: 422) naming every problem found
     */
    CompanyProfile read(byte[] json) {
        Bound<ProfileJson> bound = JsonBinding.bind(JsonBinding.parse(json), ProfileJson.class, SHAPE, Map.of());
        List<FieldProblem> found = new ArrayList<>(bound.problems());
        ProfileJson body = bound.value();
        if (body == null) {
            throw invalid(found.isEmpty() ? List.of(SHAPE.wrongType(List.of())) : found);
        }
        Set<String> unbound = found.stream().map(FieldProblem::field).collect(Collectors.toSet());
        if (body.companyName() == null || body.companyName().isBlank()) {
            found.add(0, FieldProblem.of("companyName", "companyName.missing"));
        }
        CompanyProfile profile = null;
        try {
            profile = CompanyProfile.parse(
                    options, body.companyName(), body.industry(), body.sizeClass(), body.region(), body.market());
        } catch (InvalidAssessmentException refused) {
            refused.problems().stream()
                    .map(problems::describe)
                    .map(p -> new FieldProblem(p.field().replaceFirst("^profile\\.", ""), p.code(), p.args()))
                    .filter(p -> !unbound.contains(p.field()))
                    .forEach(found::add);
        }
        if (!found.isEmpty()) {
            throw invalid(found);
        }
        return profile;
    }

    private static InvalidRequestException invalid(List<FieldProblem> problems) {
        return new InvalidRequestException(InvalidRequestException.Kind.INVALID, problems);
    }
}
