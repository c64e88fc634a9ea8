package de.kundenkontakt.quickcheck.app.assessment.api;

import static de.kundenkontakt.quickcheck.app.api.ApiRequests.localized;

import de.kundenkontakt.quickcheck.app.api.ApiProblemException;
import de.kundenkontakt.quickcheck.app.api.LanguageParameters;
import de.kundenkontakt.quickcheck.app.api.RequestLanguage;
import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.DownloadName;
import de.kundenkontakt.quickcheck.app.assessment.ViewTokens;
import de.kundenkontakt.quickcheck.app.assessment.web.ReportRenderer;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exports of a saved assessment, reached by its view token: summary, answers and ranking as CSV
 * and as an Excel workbook, the whole assessment as JSON, and the PDF report; attachments named
 * after the company and the date of the last change (the PDF too, by ReportRenderer). CSV, Excel
 * and PDF need a complete assessment: a draft is a 409, a token that reaches none a 404. Reading
 * CSV, Excel and JSON is not rate-limited (unlike the PDF): they cost about as little as showing
 * the assessment.
 */
@RestController
class AssessmentExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

    private final AssessmentService service;
    private final AssessmentResponses responses;
    private final ReportRenderer reports;

    AssessmentExportController(AssessmentService service, AssessmentResponses responses, ReportRenderer reports) {
        this.service = service;
        this.responses = responses;
        this.reports = reports;
    }

    @Operation(
            summary = "Download the assessment as CSV",
            tags = "Assessments",
            description = "One CSV file for spreadsheet programs: UTF-8 with a byte order mark (so that German Excel "
                    + "shows umlauts right), cells separated by semicolons in both languages (German spreadsheet "
                    + "programs split on them), CRLF line ends, cells with a semicolon, quote or line break quoted "
                    + "(RFC 4180), text cells that a spreadsheet would run as a formula prefixed with an apostrophe. "
                    + "Three tables follow each other, each as a title line, a header line and its rows, separated "
                    + "by an empty line: the summary (company name, industry, employees, region, customers, "
                    + "questionnaire, date of the last change; empty where not given), the answers (number, "
                    + "question id, need, chosen level, level as a number from 0) and the ranking (place - equal "
                    + "percentages share one -, touchpoint id, name, percent, recommendation, current usage, entry "
                    + "cost, running cost). Headers and labels in the chosen language; numbers and dates as it "
                    + "writes them: German 79,2 and 30.11.2026, English 79.2 and 2026-11-30. Sent as an attachment "
                    + "quickcheck-<company or auswertung/assessment>-<date of the last change>.csv. "
                    + "A draft has no ranking: 409.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The CSV file",
                        content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
            })
    @CompleteAssessmentProblems
    @GetMapping(path = AssessmentApiController.ONE + "/export.csv")
    ResponseEntity<byte[]> exportCsv(
            @Parameter(description = "The view token") @PathVariable String token,
            @LanguageParameters(lang = AssessmentApiController.LANG) RequestLanguage language) {
        Locale locale = language.locale();
        Assessment assessment = complete(ViewTokens.parse(token));
        byte[] csv = AssessmentCsv.of(assessment, locale).getBytes(StandardCharsets.UTF_8);
        return localized(attachment(assessment, locale, "csv").contentType(CSV), locale, csv);
    }

    @Operation(
            summary = "Download the assessment as an Excel workbook",
            tags = "Assessments",
            description = "The content of the CSV export as an XLSX workbook with three worksheets: Zusammenfassung, "
                    + "Antworten, Ranking (English: Summary, Answers, Ranking). Percentages, places, numbers and the "
                    + "date are stored as numbers and dates, text as text (never as a formula); the header row of "
                    + "each sheet is bold and frozen. Sent as an attachment "
                    + "quickcheck-<company or auswertung/assessment>-<date of the last change>.xlsx. "
                    + "A draft has no ranking: 409.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The XLSX file",
                        content = @Content(mediaType = XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
            })
    @CompleteAssessmentProblems
    @GetMapping(path = AssessmentApiController.ONE + "/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(
            @Parameter(description = "The view token") @PathVariable String token,
            @LanguageParameters(lang = AssessmentApiController.LANG) RequestLanguage language) {
        Locale locale = language.locale();
        Assessment assessment = complete(ViewTokens.parse(token));
        return localized(attachment(assessment, locale, "xlsx").contentType(XLSX), locale, AssessmentXlsx.of(assessment, locale));
    }

    @Operation(
            summary = "Download the assessment as JSON",
            tags = "Assessments",
            description = "The same JSON as GET, as an attachment "
                    + "quickcheck-<company or auswertung/assessment>-<date of the last change>.json.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The JSON file"),
                @ApiResponse(responseCode = "404", description = "No assessment for this token")
            })
    @GetMapping(path = AssessmentApiController.ONE + "/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AssessmentResponse> exportJson(
            @Parameter(description = "The view token") @PathVariable String token,
            @LanguageParameters(lang = AssessmentApiController.LANG) RequestLanguage language) {
        Locale locale = language.locale();
        Assessment assessment = service.get(ViewTokens.parse(token));
        return responses.viewed(attachment(assessment, locale, "json"), assessment, token, locale);
    }

    @Operation(
            summary = "Download the PDF report",
            description = "The report of a complete assessment as a tagged PDF for printing and passing on: "
                    + "ranking, explanations, customer-journey map and, with a current state, gap analysis and "
                    + "action plan. Sent as an attachment quickcheck-<company>-<date>.pdf: the company name in lower case "
                    + "with hyphens, or bericht (German) / report (English) when it has none; the date of the last "
                    + "change. A draft has no report yet: 409.",
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
        AccessToken viewToken = ViewTokens.parse(token);
        return reports.download(complete(viewToken), viewToken, locale);
    }

    /** The complete assessment the view token reaches; a draft is a 409, no assessment a 404. */
    private Assessment complete(AccessToken viewToken) {
        Assessment assessment = service.get(viewToken);
        if (!assessment.isComplete()) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT, "assessment-draft", assessment.answers().openQuestions().size());
        }
        return assessment;
    }

    private static ResponseEntity.BodyBuilder attachment(Assessment assessment, Locale locale, String extension) {
        LocalDate date = LocalDate.ofInstant(assessment.updatedAt(), GermanTime.ZONE);
        String fallback = "en".equals(Texts.language(locale)) ? "assessment" : "auswertung";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                DownloadName.contentDisposition(assessment.profile().companyName(), fallback, date, extension));
    }
}
