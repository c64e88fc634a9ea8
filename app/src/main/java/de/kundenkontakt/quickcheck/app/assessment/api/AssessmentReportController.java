package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.api.ApiProblemException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.web.ReportRenderer;
import de.kundenkontakt.quickcheck.app.web.LanguageResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PDF report of a complete assessment: {@code GET /api/v1/assessments/{token}/report.pdf},
 * German or English by {@code ?lang=de|en}, else by Accept-Language. A token that reaches no complete
 * assessment throws {@link AssessmentNotFoundException} (a 404); a draft has no report yet (409, like
 * the CSV export).
 */
@RestController
class AssessmentReportController {

    private final ReportRenderer reports;
    private final AssessmentService service;

    AssessmentReportController(ReportRenderer reports, AssessmentService service) {
        this.reports = reports;
        this.service = service;
    }

    @GetMapping("/api/v1/assessments/{token}/report.pdf")
    ResponseEntity<byte[]> report(
            @PathVariable String token,
            @RequestParam(name = "lang", required = false) String language,
            HttpServletRequest request) {
        service.find(token)
                .filter(assessment -> !assessment.isComplete())
                .ifPresent(draft -> {
                    throw new ApiProblemException(
                            HttpStatus.CONFLICT, "assessment-draft", draft.answers().openQuestions().size());
                });
        return reports.download(token, language(language, request));
    }

    private static Locale language(String requested, HttpServletRequest request) {
        Locale chosen = LanguageResolver.supported(requested);
        return chosen != null ? chosen : LanguageResolver.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
