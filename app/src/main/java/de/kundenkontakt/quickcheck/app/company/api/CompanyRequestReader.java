package de.kundenkontakt.quickcheck.app.company.api;

import de.kundenkontakt.quickcheck.app.api.json.ApiJson;
import de.kundenkontakt.quickcheck.app.api.json.FieldProblem;
import de.kundenkontakt.quickcheck.app.api.json.InvalidRequestException;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.api.AssessmentRequestReader;
import de.kundenkontakt.quickcheck.app.assessment.api.ProfileJson;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationRequestReader;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads the body that creates a company: a JSON object in the shape of an assessment's profile
 * ({@link ProfileJson}), bound with Jackson and checked by the profile's own rules; the name is
 * required. Problems name the field as the body has it ("companyName", "industry" …).
 */
@Component
class CompanyRequestReader {

    private static final String FIELDS = String.join(", ", AssessmentRequestReader.PROFILE_FIELDS);

    private final ProfileOptions options;
    private final AssessmentRequestReader assessments;

    CompanyRequestReader(ProfileOptions options, AssessmentRequestReader assessments) {
        this.options = options;
        this.assessments = assessments;
    }

    /**
     * The profile of a new company.
     *
     * @throws InvalidRequestException (malformed: 400; invalid: 422) naming every problem found
     */
    CompanyProfile read(byte[] json) {
        ProfileJson body = bind(json);
        try {
            CompanyProfile profile = CompanyProfile.parse(
                    options, body.companyName(), body.industry(), body.sizeClass(), body.region(), body.market());
            if (profile.companyName() == null) {
                throw invalid(FieldProblem.of("companyName", "companyName.missing"));
            }
            return profile;
        } catch (InvalidAssessmentException refused) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID, refused.problems().stream()
                    .map(assessments::describe)
                    .map(p -> new FieldProblem(p.field().replaceFirst("^profile\\.", ""), p.code(), p.args()))
                    .toList());
        }
    }

    private static ProfileJson bind(byte[] json) {
        JsonNode root = EvaluationRequestReader.parse(() -> ApiJson.mapper().readTree(json));
        if (!root.isObject()) {
            throw invalid(FieldProblem.of("body", "body.not-company", FIELDS));
        }
        try {
            return ApiJson.mapper().treeToValue(root, ProfileJson.class);
        } catch (UnrecognizedPropertyException unknown) {
            throw invalid(FieldProblem.of(unknown.getPropertyName(), "field.not-allowed", FIELDS));
        } catch (MismatchedInputException mismatch) {
            String field = mismatch.getPath().isEmpty() ? null : mismatch.getPath().get(0).getPropertyName();
            throw invalid(field == null
                    ? FieldProblem.of("body", "body.not-company", FIELDS)
                    : FieldProblem.of(field, "value.not-string"));
        }
    }

    private static InvalidRequestException invalid(FieldProblem problem) {
        return new InvalidRequestException(InvalidRequestException.Kind.INVALID, List.of(problem));
    }
}
