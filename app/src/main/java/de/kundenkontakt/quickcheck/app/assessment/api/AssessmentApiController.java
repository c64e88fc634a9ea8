package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.api.ApiProblemException;
import de.kundenkontakt.quickcheck.app.api.JsonBody;
import de.kundenkontakt.quickcheck.app.api.LanguageParameters;
import de.kundenkontakt.quickcheck.app.api.RequestLanguage;
import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.ViewTokens;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saved assessments reached by private links: create, show, change, delete, export. The view token
 * in the path shows, changes and exports; only the delete token deletes. Tokens are never logged.
 */
@RestController
@Tag(
        name = "Assessments",
        description = "Save answers (also incomplete, as a draft), a company profile and the current state, and "
                + "reach them again by a private link. Creating returns two secrets: the view token (show, "
                + "change, export) and the delete token (delete only). Whoever has a token has access; there "
                + "are no accounts. Unknown, deleted or malformed tokens give 404.")
class AssessmentApiController {

    static final String ONE = AssessmentPaths.API_ONE;

    private static final String CREATE_EXAMPLE = EvaluationRequest.EXAMPLE_START + """
            , "profile": {"companyName": "Tischlerei Muster", "industry": "C", "sizeClass": "10-49", "region": "DE-BY", \
            "market": "both"}, "currentState": {"website": "in-use", "e-mail": "in-use", "social-media": "planned", \
            "online-shop": "not-used"}}""";

    private static final String PATCH_EXAMPLE = """
            {"answers": {"laufende-kosten": "wichtig"}, "currentState": {"blog": "planned", "forum": null}, \
            "complete": true}""";

    static final String LANG = "Language of names, labels and messages: de or en. Wins over "
            + "Accept-Language (the web pages link to downloads with it).";

    private final AssessmentService service;
    private final AssessmentRequestReader reader;
    private final AssessmentResponses responses;

    AssessmentApiController(AssessmentService service, AssessmentRequestReader reader, AssessmentResponses responses) {
        this.service = service;
        this.reader = reader;
        this.responses = responses;
    }

    @Operation(
            summary = "Create an assessment",
            description = "Saves answers with an optional company profile and current state. Complete answers give "
                    + "a complete assessment with its evaluation; answers with open questions give a draft "
                    + "(evaluation null) to continue with PATCH. \"draft\": true saves even complete answers as a "
                    + "draft; \"draft\": false requires every answer (422 naming each open question). The response "
                    + "carries the view token, the delete token and the links; the delete token is shown only "
                    + "here, keep it. Gap analysis and action plan come with a complete assessment that has a "
                    + "current state.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    required = true,
                    content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = AssessmentRequest.class),
                            examples = @ExampleObject(value = CREATE_EXAMPLE))),
            responses = {
                @ApiResponse(responseCode = "201", description = "Saved; Location is the assessment's API path"),
                @ApiResponse(
                        responseCode = "422",
                        description = "Fields that do not fit; \"errors\" names each one, such as answers.reichweite, "
                                + "profile.industry or currentState.blog")
            })
    @PostMapping(path = AssessmentPaths.API, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AssessmentResponse> create(
            @LanguageParameters(lang = LANG) RequestLanguage language,
            @Parameter(hidden = true) JsonBody body)
            throws IOException {
        body.requireJson();
        Locale locale = language.locale();
        NewAssessment checked = reader.readNew(body.read());
        CreatedAssessment created =
                checked.draft() ? service.startDraft(checked.input()) : service.createComplete(checked.input());
        return responses.created(created, locale);
    }

    @Operation(
            summary = "Show an assessment",
            description = "The assessment the view token reaches, in the same shape as on creation but without the "
                    + "delete token.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The assessment"),
                @ApiResponse(
                        responseCode = "404",
                        description = "No assessment for this token (never created, deleted or mistyped)")
            })
    @GetMapping(path = ONE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AssessmentResponse> show(
            @Parameter(description = "The view token") @PathVariable String token,
            @LanguageParameters(lang = LANG) RequestLanguage language) {
        Locale locale = language.locale();
        Assessment assessment = service.get(ViewTokens.parse(token));
        return responses.viewed(ResponseEntity.ok(), assessment, token, locale);
    }

    @Operation(
            summary = "Change an assessment",
            description = "A JSON Merge Patch (RFC 7396) of answers, profile and current state: a field left out "
                    + "stays as it is; an object is merged key by key; null removes a key, or the whole profile, "
                    + "current state or (drafts only) all answers. \"complete\": true completes a draft: every "
                    + "question must then be answered, otherwise 422 lists each open one. A complete assessment "
                    + "stays complete, so its answers cannot become incomplete. The catalogue cannot change. "
                    + "Content-Type application/merge-patch+json or application/json.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    required = true,
                    content = {
                        @Content(
                                mediaType = "application/merge-patch+json",
                                schema = @Schema(implementation = AssessmentPatch.class),
                                examples = @ExampleObject(value = PATCH_EXAMPLE)),
                        @Content(
                                mediaType = MediaType.APPLICATION_JSON_VALUE,
                                schema = @Schema(implementation = AssessmentPatch.class))
                    }),
            responses = {
                @ApiResponse(responseCode = "200", description = "The changed assessment"),
                @ApiResponse(responseCode = "404", description = "No assessment for this token"),
                @ApiResponse(responseCode = "415", description = "Content-Type is not JSON"),
                @ApiResponse(
                        responseCode = "422",
                        description = "Fields that do not fit, or open questions where all are required")
            })
    @PatchMapping(path = ONE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AssessmentResponse> change(
            @Parameter(description = "The view token") @PathVariable String token,
            @LanguageParameters(lang = LANG) RequestLanguage language,
            @Parameter(hidden = true) JsonBody body)
            throws IOException {
        body.requireJson();
        Locale locale = language.locale();
        AccessToken viewToken = ViewTokens.parse(token);
        byte[] bytes = body.read();
        Assessment changed = service.change(viewToken, current -> reader.readChanges(bytes, current));
        return responses.viewed(ResponseEntity.ok(), changed, viewToken.value(), locale);
    }

    @Operation(
            summary = "Delete an assessment",
            description = "Deletes the assessment with its answers, profile and current state at once. The path "
                    + "takes the DELETE token from the response that created the assessment, not the view token: "
                    + "a view link shared with colleagues must not be able to delete. With the view token (or an "
                    + "unknown one) the answer is 404 and nothing is deleted. Afterwards both tokens give 404.",
            responses = {
                @ApiResponse(responseCode = "204", description = "Deleted"),
                @ApiResponse(responseCode = "404", description = "No assessment for this delete token; nothing deleted")
            })
    @DeleteMapping(path = ONE)
    ResponseEntity<Void> delete(
            @Parameter(description = "The delete token from the response that created the assessment (not the "
                            + "view token)")
                    @PathVariable("token")
                    String deleteToken,
            @LanguageParameters(lang = LANG) RequestLanguage language) {
        language.locale();
        AccessToken token = AccessToken.parse(deleteToken).orElseThrow(AssessmentApiController::noSuchDeleteLink);
        try {
            service.delete(token);
        } catch (AssessmentNotFoundException e) {
            throw noSuchDeleteLink();
        }
        return ResponseEntity.noContent().build();
    }

    private static ApiProblemException noSuchDeleteLink() {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "assessment-delete-not-found");
    }
}
