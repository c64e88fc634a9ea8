package de.kundenkontakt.quickcheck.app.result.api;

import static de.kundenkontakt.quickcheck.app.api.ApiRequests.localized;

import de.kundenkontakt.quickcheck.app.api.ApiProblemException;
import de.kundenkontakt.quickcheck.app.api.JsonBody;
import de.kundenkontakt.quickcheck.app.api.LanguageParameters;
import de.kundenkontakt.quickcheck.app.api.RequestLanguage;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationJson;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationRequest;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationRequestReader;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationResponse;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Evaluates complete answers: {@code POST /api/v1/evaluations}. */
@RestController
@Tag(name = "Evaluations", description = "Rank the touchpoints for a set of answers")
class EvaluationController {

    private static final String EXAMPLE = EvaluationRequest.EXAMPLE_START + "}";

    /** The one value of {@code ?fields}: the ranking without contributions. */
    static final String COMPACT = "ranking";

    private final Catalogs catalogs;
    private final EvaluationRequestReader reader;

    EvaluationController(Catalogs catalogs, Validator validator) {
        this.catalogs = catalogs;
        this.reader = new EvaluationRequestReader(catalogs, validator);
    }

    @Operation(
            summary = "Evaluate answers",
            description = "Scores a complete set of answers (every question of the catalogue, one level each) and "
                    + "ranks all touchpoints, best first. Names and labels follow Accept-Language (de default, en). "
                    + "Malformed JSON gives 400; well-formed JSON that does not fit (wrong types, missing, unknown "
                    + "questions or levels, unknown catalogue) gives 422 with one entry per bad field in \"errors\". "
                    + "With ?fields=ranking the answer is the compact form: the same ranking without each "
                    + "touchpoint's \"contributions\" (about a fifth of the size).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    required = true,
                    content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = EvaluationRequest.class),
                            examples = @ExampleObject(value = EXAMPLE))),
            responses = {
                @ApiResponse(responseCode = "200", description = "The ranking"),
                @ApiResponse(
                        responseCode = "400",
                        description = "Malformed JSON, or a value of fields other than ranking"),
                @ApiResponse(
                        responseCode = "422",
                        description = "Answers that do not fit the catalogue; \"errors\" names each field")
            })
    @PostMapping(path = "/api/v1/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EvaluationResponse> evaluate(
            @Parameter(
                            description = "ranking: only the ranking, without the contributions of each answer; "
                                    + "leave out for the full response",
                            schema = @Schema(allowableValues = {COMPACT}))
                    @RequestParam(name = "fields", required = false)
                    String fields,
            @LanguageParameters RequestLanguage language,
            @Parameter(hidden = true) JsonBody body)
            throws IOException {
        if (fields != null && !fields.equals(COMPACT)) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, "fields", fields);
        }
        body.requireJson();
        byte[] bytes = body.read();
        Locale locale = language.fromAcceptLanguage();
        Answers answers = reader.read(bytes, catalogs.defaultCatalog());
        Evaluation evaluation = answers.catalog().evaluate(answers);
        EvaluationResponse response =
                fields == null ? EvaluationJson.of(evaluation, locale) : EvaluationJson.ranking(evaluation, locale);
        return localized(ResponseEntity.ok(), locale, response);
    }

}
