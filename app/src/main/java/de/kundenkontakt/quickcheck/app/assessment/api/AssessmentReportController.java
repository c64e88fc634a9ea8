package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.api.ApiProblemException;
import de.kundenkontakt.quickcheck.app.api.LanguageParameters;
import de.kundenkontakt.quickcheck.app.api.RequestLanguage;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.web.ReportRenderer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PDF report of a complete assessment: {@code GET /api/v1/assessments/{token}/report.pdf},
 * German or English by {@code ?lang=de|en} (another value is a 400, as for every operation with
 * {@code lang}), else by Accept-Language. A token that reaches no complete assessment throws
 * {@link AssessmentNotFoundException} (a 404); a draft has no report yet (409, like the CSV export).
 */
@RestController
class AssessmentReportController {

    private final ReportRenderer reports;
    private final AssessmentService service;

    AssessmentReportController(ReportRenderer reports, AssessmentService service) {
        this.reports = reports;
        this.service = service;
    }

    @Operation(
            summary = "Download the PDF report",
            description = "The report of a complete assessment as a tagged PDF for printing and passing on: "
                    + "ranking, explanations, customer-journey map and, with a current state, gap analysis and "
                    + "action plan. Sent as an attachment quickcheck-bericht-<date>.pdf (German) or "
                    + "quickcheck-report-<date>.pdf (English), date of creation. A draft has no report yet: 409.",
            tags = "Assessments",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The PDF file",
                        content = @Content(
                                mediaType = MediaType.APPLICATION_PDF_VALUE,
                                schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(
                        responseCode = "404",
                        description = "No assessment for this token (never created, deleted or mistyped)"),
                @ApiResponse(responseCode = "409", description = "The assessment is still a draft")
            })
    @GetMapping(AssessmentPaths.API_REPORT)
    ResponseEntity<byte[]> report(
            @Parameter(description = "The view token") @PathVariable String token,
            @LanguageParameters(lang = AssessmentApiController.LANG) RequestLanguage language) {
        Locale locale = language.locale();
        service.find(token)
                .filter(assessment -> !assessment.isComplete())
                .ifPresent(draft -> {
                    throw new ApiProblemException(
                            HttpStatus.CONFLICT, "assessment-draft", draft.answers().openQuestions().size());
                });
        return reports.download(token, locale);
    }
}
