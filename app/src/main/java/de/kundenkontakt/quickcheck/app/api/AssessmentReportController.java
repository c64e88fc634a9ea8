package de.kundenkontakt.quickcheck.app.api;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.ReportRenderer;
import de.kundenkontakt.quickcheck.app.web.LanguageResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import de.kundenkontakt.quickcheck.app.api.json.ApiMessages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PDF report of a complete assessment: {@code GET /api/v1/assessments/{token}/report.pdf},
 * German or English by {@code ?lang=de|en}, else by Accept-Language. A token that reaches no complete
 * assessment throws {@link AssessmentNotFoundException} (a 404).
 */
@RestController
class AssessmentReportController {

    private final ReportRenderer reports;
    private final MessageSource messages;

    AssessmentReportController(ReportRenderer reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/api/v1/assessments/{token}/report.pdf")
    ResponseEntity<byte[]> report(
            @PathVariable String token,
            @RequestParam(name = "lang", required = false) String language,
            HttpServletRequest request) {
        return reports.download(token, language(language, request));
    }

    /**
     * Until the API's exception handler maps {@link AssessmentNotFoundException} for every
     * assessment endpoint, this endpoint does so itself; the detail never repeats the token.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(AssessmentNotFoundException e, HttpServletRequest request) {
        Locale locale = language(request.getParameter("lang"), request);
        ApiMessages messages = ApiMessages.of(locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, this.messages.getMessage("assessment.api.not-found", null, locale));
        problem.setTitle(messages.get("problem.not-found.title"));
        // Not the request path: it holds the token, which a response must not repeat in full.
        problem.setInstance(URI.create("/api/v1/assessments/" + masked(request) + "/report.pdf"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, messages.language())
                .body(problem);
    }

    /** The first characters of the token in the path, then "…" (URI-encoded). */
    private static String masked(HttpServletRequest request) {
        String path = request.getRequestURI();
        String prefix = "/api/v1/assessments/";
        String token = path.startsWith(prefix) ? path.substring(prefix.length(), path.indexOf('/', prefix.length())) : "";
        String visible = token.substring(0, Math.min(6, token.length())).replaceAll("[^A-Za-z0-9_-]", "");
        return visible + "%E2%80%A6";
    }

    private static Locale language(String requested, HttpServletRequest request) {
        for (Locale supported : LanguageResolver.SUPPORTED) {
            if (supported.getLanguage().equals(requested)) {
                return supported;
            }
        }
        return LanguageResolver.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
