package de.kundenkontakt.quickcheck.app.assessment.api;

import static de.kundenkontakt.quickcheck.app.api.ApiRequests.localized;

import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.PeerBenchmarks;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * How the assessment API answers with an assessment: its JSON with the peer benchmark, in the
 * response language. Only the answer to creating it carries the delete token. Immutable and
 * thread-safe.
 */
@Component
class AssessmentResponses {

    private final PeerBenchmarks benchmarks;

    AssessmentResponses(PeerBenchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    /** 201 with the new assessment's API path as Location, and both tokens. */
    ResponseEntity<AssessmentResponse> created(CreatedAssessment created, Locale locale) {
        Assessment assessment = created.assessment();
        AssessmentResponse response = AssessmentJson.of(assessment, created.viewToken().value(),
                created.deleteToken().value(), benchmarks.of(assessment), locale);
        return localized(ResponseEntity.created(URI.create(response.links().self())), locale, response);
    }

    /**
     * The assessment a view token reached, without the delete token.
     *
     * @param response the status and headers to answer with (200, or an attachment), not null
     * @param viewToken the full view token, not null
     */
    ResponseEntity<AssessmentResponse> viewed(
            ResponseEntity.BodyBuilder response, Assessment assessment, String viewToken, Locale locale) {
        return localized(response, locale, AssessmentJson.of(assessment, viewToken, null, benchmarks.of(assessment), locale));
    }
}
