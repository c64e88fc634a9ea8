package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.api.json.InvalidRequestException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentProblem;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.Industry;
import de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException;
import de.kundenkontakt.quickcheck.app.assessment.Market;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.Region;
import de.kundenkontakt.quickcheck.app.assessment.SizeClass;
import de.kundenkontakt.quickcheck.app.assessment.Usage;
import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * The assessment's own problems (profile, current state, catalogue) as the API names them: the field,
 * a code and, where the list is short enough to be useful, the allowed values. Immutable and thread-safe.
 */
@Component
public final class AssessmentProblems {

    private final Catalogs catalogs;
    private final ProfileOptions options;

    AssessmentProblems(Catalogs catalogs, ProfileOptions options) {
        this.catalogs = catalogs;
        this.options = options;
    }

    /** The field problem of a problem the domain found. */
    public FieldProblem describe(AssessmentProblem problem) {
        String value = problem.value() == null ? "" : AssessmentRequestReader.shorten(problem.value());
        return switch (problem.kind()) {
            case UNKNOWN_VALUE -> FieldProblem.of(problem.field(), "value.unknown", value, allowedValues(problem.field()));
            case TOO_LONG -> FieldProblem.of(
                    problem.field(), "companyName.too-long", String.valueOf(CompanyProfile.MAX_NAME_LENGTH));
            case INVALID_CHARACTERS -> FieldProblem.of(problem.field(), "companyName.invalid-characters");
            case UNKNOWN_TOUCHPOINT -> FieldProblem.of(problem.field(), "touchpoint.unknown.plain", value);
        };
    }

    /** The request problem that a profile, current state or catalogue the service refused amounts to. */
    InvalidRequestException invalid(InvalidAssessmentException refused) {
        return new InvalidRequestException(
                InvalidRequestException.Kind.INVALID, refused.problems().stream().map(this::describe).toList());
    }

    private String allowedValues(String field) {
        return switch (field) {
            case "profile.industry" -> String.join(", ", options.industries().stream().map(Industry::code).toList());
            case "profile.sizeClass" -> String.join(", ", Arrays.stream(SizeClass.values()).map(SizeClass::id).toList());
            case "profile.region" -> String.join(", ", options.regions().stream().map(Region::id).toList());
            case "profile.market" -> String.join(", ", Arrays.stream(Market.values()).map(Market::id).toList());
            case "catalog" -> String.join(", ", catalogs.ids());
            default -> field.startsWith("currentState.") ? usages() : "-";
        };
    }

    /** The usage ids, comma-separated, for messages. */
    static String usages() {
        return String.join(", ", Arrays.stream(Usage.values()).map(Usage::id).toList());
    }
}
