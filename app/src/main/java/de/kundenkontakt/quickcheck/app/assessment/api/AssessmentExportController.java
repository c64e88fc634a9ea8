package de.kundenkontakt.quickcheck.app.assessment.api;

import static de.kundenkontakt.quickcheck.app.api.ApiRequests.language;
import static de.kundenkontakt.quickcheck.app.api.ApiRequests.localized;

import de.kundenkontakt.quickcheck.app.api.ApiProblemException;
import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exports of a saved assessment, reached by its view token: the ranking as CSV and the whole
 * assessment as JSON, both as attachments named after the date of the last change.
 */
@RestController
class AssessmentExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    private final AssessmentService service;

    AssessmentExportController(AssessmentService service) {
        this.service = service;
    }

    @Operation(
            summary = "Download the ranking as CSV",
            tags = "Assessments",
            description = "UTF-8 (no byte order mark), cells separated by semicolons (German spreadsheet programs "
                    + "split on them), CRLF line ends, a header row and one row per touchpoint in ranking order: "
                    + "rank, touchpoint id, name, percent (decimal comma in German, point in English), "
                    + "recommendation, current usage, entry cost, running cost. Sent as an attachment "
                    + "quickcheck-<date>.csv (date of the last change). A draft has no ranking: 409.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The CSV file",
                        content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))),
                @ApiResponse(
                        responseCode = "404",
                        description = "No assessment for this token",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "409",
                        description = "The assessment is still a draft",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    @GetMapping(path = AssessmentApiController.ONE + "/export.csv")
    ResponseEntity<byte[]> exportCsv(
            @Parameter(description = "The view token") @PathVariable String token,
            @Parameter(description = AssessmentApiController.LANG) @RequestParam(name = "lang", required = false) String lang,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE, example = "de")
                    @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                    String acceptLanguage) {
        Locale locale = language(lang, acceptLanguage);
        Assessment assessment = service.find(AssessmentApiController.token(token)).orElseThrow(AssessmentNotFoundException::new);
        if (!assessment.isComplete()) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT, "assessment-draft", assessment.answers().openQuestions().size());
        }
        byte[] csv = AssessmentCsv.of(assessment, locale).getBytes(StandardCharsets.UTF_8);
        return localized(attachment(assessment, "csv").contentType(CSV), locale, csv);
    }

    @Operation(
            summary = "Download the assessment as JSON",
            tags = "Assessments",
            description = "The same JSON as GET, as an attachment quickcheck-<date>.json (date of the last change).",
            responses = {
                @ApiResponse(responseCode = "200", description = "The JSON file"),
                @ApiResponse(
                        responseCode = "404",
                        description = "No assessment for this token",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    @GetMapping(path = AssessmentApiController.ONE + "/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AssessmentResponse> exportJson(
            @Parameter(description = "The view token") @PathVariable String token,
            @Parameter(description = AssessmentApiController.LANG) @RequestParam(name = "lang", required = false) String lang,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE, example = "de")
                    @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                    String acceptLanguage) {
        Locale locale = language(lang, acceptLanguage);
        AccessToken viewToken = AssessmentApiController.token(token);
        Assessment assessment = service.find(viewToken).orElseThrow(AssessmentNotFoundException::new);
        return localized(
                attachment(assessment, "json"), locale, AssessmentJson.of(assessment, viewToken.value(), null, locale));
    }

    private static ResponseEntity.BodyBuilder attachment(Assessment assessment, String extension) {
        LocalDate date = LocalDate.ofInstant(assessment.updatedAt(), GERMANY);
        String filename = "quickcheck-" + date + "." + extension;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
    }
}
