package de.kundenkontakt.quickcheck.app.company.api;

import static de.kundenkontakt.quickcheck.app.api.ApiRequests.localized;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.api.JsonBody;
import de.kundenkontakt.quickcheck.app.api.LanguageParameters;
import de.kundenkontakt.quickcheck.app.api.RequestLanguage;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.api.AssessmentJson;
import de.kundenkontakt.quickcheck.app.assessment.api.AssessmentRequest;
import de.kundenkontakt.quickcheck.app.assessment.api.AssessmentRequestReader;
import de.kundenkontakt.quickcheck.app.assessment.api.AssessmentResponse;
import de.kundenkontakt.quickcheck.app.assessment.api.NewAssessment;
import de.kundenkontakt.quickcheck.app.assessment.api.ProfileJson;
import de.kundenkontakt.quickcheck.app.company.Company;
import de.kundenkontakt.quickcheck.app.company.CompanyChecks;
import de.kundenkontakt.quickcheck.app.company.CompanyExport;
import de.kundenkontakt.quickcheck.app.company.CompanyListing;
import de.kundenkontakt.quickcheck.app.company.CompanyNotFoundException;
import de.kundenkontakt.quickcheck.app.company.CompanyService;
import de.kundenkontakt.quickcheck.app.company.CompanySort;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The companies of the token's account in the workspace API: list, create, show, delete, their
 * assessments (list, create) and the bulk export. A company that does not exist or is another
 * consultant's is 404 (administrators reach every company).
 */
@RestController
@Tag(name = "Workspace")
@SecurityRequirement(name = "personalAccessToken")
@ApiResponse(responseCode = "401", description = WorkspaceCompaniesController.UNAUTHORIZED)
class WorkspaceCompaniesController {

    static final String COMPANIES = "/api/v1/workspace/companies";
    private static final String ONE = COMPANIES + "/{id}";
    private static final String NOT_FOUND = "No such company in your workspace (or not yours)";
    static final String UNAUTHORIZED = "No token, or an unknown or revoked one";
    private static final String LANG = "Language of names and labels: de or en. Wins over Accept-Language.";
    private static final String CREATE_EXAMPLE = """
            {"companyName": "Tischlerei Muster", "industry": "C", "sizeClass": "10-49", "region": "DE-BY", \
            "market": "both"}""";

    private final CompanyService companies;
    private final CompanyChecks checks;
    private final CompanyExport export;
    private final CompanyRequestReader reader;
    private final AssessmentRequestReader assessmentReader;

    WorkspaceCompaniesController(
            CompanyService companies,
            CompanyChecks checks,
            CompanyExport export,
            CompanyRequestReader reader,
            AssessmentRequestReader assessmentReader) {
        this.companies = companies;
        this.checks = checks;
        this.export = export;
        this.reader = reader;
        this.assessmentReader = assessmentReader;
    }

    @Operation(
            summary = "List your companies",
            description = "The companies you look after (administrators: all), by name or latest assessment first.",
            operationId = "listCompanies",
            responses = {
                @ApiResponse(responseCode = "200", description = "The companies",
                        content = @Content(array = @ArraySchema(schema = @Schema(implementation = CompanyJson.class))))
            })
    @GetMapping(path = COMPANIES, produces = MediaType.APPLICATION_JSON_VALUE)
    List<CompanyJson> list(
            @AuthenticationPrincipal SignedInAccount me,
            @Parameter(description = "Only companies whose name contains this text (case ignored)")
                    @RequestParam(name = "q", required = false) String search,
            @Parameter(description = "name (default) or last-assessment")
                    @RequestParam(name = "sort", required = false) String sort) {
        CompanySort order = "last-assessment".equals(sort) ? CompanySort.LAST_ASSESSMENT : CompanySort.NAME;
        return companies.list(me, search, order).stream().map(CompanyJson::of).toList();
    }

    @Operation(
            summary = "Add a company",
            description = "A new company that you look after. The body has the shape of an assessment's profile; "
                    + "companyName is required, the rest optional.",
            operationId = "createCompany",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    required = true,
                    content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ProfileJson.class),
                            examples = @ExampleObject(value = CREATE_EXAMPLE))),
            responses = {
                @ApiResponse(responseCode = "201", description = "Added; Location is its path"),
                @ApiResponse(responseCode = "422", description = "Fields that do not fit, each named in \"errors\"")
            })
    @PostMapping(path = COMPANIES, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CompanyJson> create(
            @AuthenticationPrincipal SignedInAccount me,
            @Parameter(hidden = true) JsonBody body)
            throws IOException {
        body.requireJson();
        Company company = companies.create(me, reader.read(body.read()));
        CompanyJson json = CompanyJson.of(new CompanyListing(company, me.email(), true, null, 0));
        return ResponseEntity.created(URI.create(json.links().self())).body(json);
    }

    @Operation(
            summary = "Show a company",
            description = "One company you look after (administrators: any), with who looks after it and how many "
                    + "assessments it has.",
            operationId = "getCompany",
            responses = {
                @ApiResponse(responseCode = "200", description = "The company"),
                @ApiResponse(responseCode = "404", description = NOT_FOUND)
            })
    @GetMapping(path = ONE, produces = MediaType.APPLICATION_JSON_VALUE)
    CompanyJson show(@AuthenticationPrincipal SignedInAccount me, @PathVariable String id) {
        UUID companyId = id(id);
        return companies.list(me, null, CompanySort.NAME).stream()
                .filter(listing -> listing.company().id().equals(companyId))
                .findFirst()
                .map(CompanyJson::of)
                .orElseThrow(CompanyNotFoundException::new);
    }

    @Operation(
            summary = "Delete a company",
            description = "Deletes the company with all its assessments (their answers, states and the company's "
                    + "private links to them) and participation links, at once.",
            operationId = "deleteCompany",
            responses = {
                @ApiResponse(responseCode = "204", description = "Deleted"),
                @ApiResponse(responseCode = "404", description = NOT_FOUND)
            })
    @DeleteMapping(path = ONE)
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInAccount me, @PathVariable String id) {
        companies.delete(me, id(id));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "List a company's assessments",
            description = "Its assessments, newest first, each with the one it re-assesses: together they form the "
                    + "company's re-assessment chain. No private links: only the company holds them.",
            operationId = "listCompanyAssessments",
            responses = {
                @ApiResponse(responseCode = "200", description = "The assessments", content = @Content(
                        array = @ArraySchema(schema = @Schema(implementation = CompanyAssessmentJson.class)))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND)
            })
    @GetMapping(path = ONE + "/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<CompanyAssessmentJson>> assessments(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable String id,
            @LanguageParameters(lang = LANG) RequestLanguage language) {
        UUID companyId = id(id);
        Locale locale = language.locale();
        List<CompanyAssessmentJson> list = checks.history(me, companyId).stream()
                .map(a -> CompanyAssessmentJson.of(a, locale))
                .toList();
        return localized(ResponseEntity.ok(), locale, list);
    }

    @Operation(
            summary = "Run an assessment for a company",
            description = "Takes the same body as POST /api/v1/assessments and answers in the same shape, with the "
                    + "view and delete tokens to hand to the company (shown only here). The company's profile "
                    + "replaces any profile in the body; the assessment re-assesses the company's latest complete "
                    + "one and, without a currentState, carries its current state over.",
            operationId = "createCompanyAssessment",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    required = true,
                    content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = AssessmentRequest.class))),
            responses = {
                @ApiResponse(responseCode = "201", description = "Saved; Location is the assessment's API path"),
                @ApiResponse(responseCode = "404", description = NOT_FOUND),
                @ApiResponse(responseCode = "422", description = "Fields that do not fit, each named in \"errors\"")
            })
    @PostMapping(path = ONE + "/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AssessmentResponse> createAssessment(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable String id,
            @LanguageParameters(lang = LANG) RequestLanguage language,
            @Parameter(hidden = true) JsonBody body)
            throws IOException {
        UUID companyId = id(id);
        companies.find(me, companyId);
        body.requireJson();
        Locale locale = language.locale();
        NewAssessment checked = assessmentReader.readNew(body.read());
        CreatedAssessment created = checks.start(me, companyId, checked.input(), checked.draft());
        AssessmentResponse response = AssessmentJson.of(
                created.assessment(), created.viewToken().value(), created.deleteToken().value(), locale);
        return localized(ResponseEntity.created(URI.create(response.links().self())), locale, response);
    }

    @Operation(
            summary = "Export all your companies as CSV",
            description = "One line per assessment (a company without one gets a line of its own): company and "
                    + "profile, who looks after it, date, status, each answer, each channel's match and current "
                    + "use, and the plan. UTF-8 with byte order mark, cells separated by semicolons.",
            operationId = "exportCompanies",
            responses = {
                @ApiResponse(responseCode = "200", description = "The CSV file",
                        content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
            })
    @GetMapping(path = "/api/v1/workspace/export.csv")
    ResponseEntity<byte[]> exportCsv(
            @AuthenticationPrincipal SignedInAccount me,
            @LanguageParameters(lang = "Language of header, names and labels: de or en. Wins over Accept-Language.")
                    RequestLanguage language) {
        Locale locale = language.locale();
        return localized(ResponseEntity.ok()
                        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("unternehmen-" + LocalDate.now(GermanTime.ZONE) + ".csv")
                                .build()
                                .toString()),
                locale,
                export.export(me, locale));
    }

    /** The id in the path; text that is no id names no company (404). */
    private static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw new CompanyNotFoundException();
        }
    }
}
