package de.kundenkontakt.quickcheck.app.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.kundenkontakt.quickcheck.app.api.json.InvalidRequestException;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
import de.kundenkontakt.quickcheck.engine.AnswerProblem;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every error of the API into an RFC 9457 problem response in the caller's language
 * (Accept-Language, German by default); field errors are listed under {@code errors} as
 * {@code {"field", "code", "message"}}. Only for the API's controllers: the web pages have their
 * own error pages. A {@code ?lang=de|en} query parameter wins over Accept-Language, so that links
 * to downloads get errors in the language of the page that shows them. Private link tokens in a
 * path are never repeated in full, neither in a response nor in the log. It knows no feature: a
 * feature whose exceptions the API answers in their own way provides an {@link ApiExceptionTranslator}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /**
     * A path segment that may be a private link's token, even a mistyped one: one that starts with
     * 20 or more characters of the base64url alphabet.
     */
    private static final Pattern TOKEN_LIKE = Pattern.compile("(?<=/)([A-Za-z0-9_-]{6})[A-Za-z0-9_-]{14,}[^/]*");

    private final List<ApiExceptionTranslator> translators;

    ApiExceptionHandler(List<ApiExceptionTranslator> translators) {
        this.translators = List.copyOf(translators);
    }

    /**
     * One bad field of a request.
     *
     * @param field the JSON path, such as "answers.reichweite", or "body"
     * @param code what is wrong, stable for programs, such as "level.unknown"
     * @param message what is wrong, for people, in the response language
     */
    @JsonPropertyOrder({"field", "code", "message"})
    record FieldError(String field, String code, String message) {}

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e, HttpServletRequest request) {
        Texts messages = messages(request);
        boolean malformed = e.kind() == InvalidRequestException.Kind.MALFORMED;
        HttpStatus status = malformed ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
        String key = malformed ? "malformed" : "invalid";
        ProblemDetail problem = problem(messages, status, key, List.of(e.problems().size()), request);
        List<FieldError> errors = e.problems().stream()
                .map(p -> new FieldError(p.field(), p.code(), p.message(messages)))
                .toList();
        problem.setProperty("errors", errors);
        return respond(problem, messages, Map.of());
    }

    /** Answers that do not fit the catalogue, such as open questions where all are required. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidAnswers(InvalidAnswersException e, HttpServletRequest request) {
        List<FieldProblem> problems = e.problems().stream().map(ApiExceptionHandler::describe).toList();
        return invalidRequest(new InvalidRequestException(InvalidRequestException.Kind.INVALID, problems), request);
    }

    private static FieldProblem describe(AnswerProblem problem) {
        String field = "answers." + problem.questionId();
        return switch (problem.kind()) {
            case MISSING -> new FieldProblem(field, "answer.missing.short", List.of());
            case UNKNOWN_QUESTION -> new FieldProblem(field, "question.unknown.short", List.of(problem.questionId()));
            case UNKNOWN_LEVEL -> new FieldProblem(
                    field, "level.unknown.short", List.of(String.valueOf(problem.value())));
        };
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> apiProblem(ApiProblemException e, HttpServletRequest request) {
        Texts messages = messages(request);
        return respond(problem(messages, e.status(), e.key(), e.args(), request), messages, e.headers());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        Texts messages = messages(request);
        String allowed = e.getSupportedHttpMethods() == null ? "" : String.join(", ", e.getSupportedMethods());
        ProblemDetail problem = problem(
                messages, HttpStatus.METHOD_NOT_ALLOWED, "method", List.of(e.getMethod(), path(request), allowed), request);
        return respond(problem, messages, Map.of(HttpHeaders.ALLOW, allowed));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        Texts messages = messages(request);
        String given = e.getContentType() == null ? "-" : e.getContentType().toString();
        return respond(problem(messages, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type", List.of(given), request), messages, Map.of());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        Texts messages = messages(request);
        return respond(problem(messages, HttpStatus.NOT_ACCEPTABLE, "not-acceptable", List.of(), request), messages, Map.of());
    }

    /**
     * Any other client error that Spring reports with a status of its own (such as a missing
     * header) keeps its status; everything else is a defect: logged with its stack trace,
     * answered without one.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        Texts messages = messages(request);
        for (ApiExceptionTranslator translator : translators) {
            Optional<RuntimeException> translated = translator.translate(e);
            if (translated.isPresent()) {
                return translated(translated.get(), request);
            }
        }
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            return respond(
                    problem(messages, response.getStatusCode(), "bad-request", List.of(), request), messages, Map.of());
        }
        log.error("API request {} {} failed", request.getMethod(), publicPath(request), e);
        return respond(
                problem(messages, HttpStatus.INTERNAL_SERVER_ERROR, "internal", List.of(), request), messages, Map.of());
    }

    private ResponseEntity<ProblemDetail> translated(RuntimeException e, HttpServletRequest request) {
        if (e instanceof InvalidRequestException invalid) {
            return invalidRequest(invalid, request);
        }
        if (e instanceof ApiProblemException problem) {
            return apiProblem(problem, request);
        }
        throw new IllegalStateException("a translator must give an InvalidRequestException or ApiProblemException", e);
    }

    static Texts messages(HttpServletRequest request) {
        return Texts.of(ApiRequests.language(request));
    }

    private static ProblemDetail problem(
            Texts messages, HttpStatusCode status, String key, List<Object> args, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.get("problem." + key + ".detail", args.toArray()));
        problem.setTitle(messages.get("problem." + key + ".title"));
        try {
            problem.setInstance(URI.create(publicPath(request)));
        } catch (IllegalArgumentException notAUri) {
            // leave "instance" out rather than fail on a strange path
        }
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(
            ProblemDetail problem, Texts messages, Map<String, String> headers) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, messages.language())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        headers.forEach(response::header);
        return response.body(problem);
    }

    /** The path with every segment that may be a token cut to its first 6 characters and "…". */
    static String publicPath(HttpServletRequest request) {
        return mask(path(request));
    }

    /** {@code path} with every segment that may be a token cut to its first 6 characters and "…". */
    static String mask(String path) {
        Matcher matcher = TOKEN_LIKE.matcher(path);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + "…"));
    }

    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
