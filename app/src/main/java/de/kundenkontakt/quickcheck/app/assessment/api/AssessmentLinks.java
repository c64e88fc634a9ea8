package de.kundenkontakt.quickcheck.app.assessment.api;

import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.API_CSV;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.API_JSON;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.API_XLSX;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.API_ONE;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.API_REPORT;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.DELETE;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.VIEW;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.path;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The private links of an assessment in the API's answers, as paths on this server (from
 * {@link de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths}). Every link but {@code delete}
 * carries the view token; {@code delete} carries the delete token and is only part of the response
 * that creates the assessment. Immutable.
 *
 * @param self the assessment in the API (GET, PATCH), never null
 * @param view the web page that shows and continues it, never null
 * @param delete the web page that confirms its deletion; null (left out) except on creation
 * @param report the PDF report, never null
 * @param csv summary, answers and ranking as CSV, never null
 * @param xlsx the same as an Excel workbook, never null
 * @param json the assessment as a JSON download, never null
 */
@JsonPropertyOrder({"self", "view", "delete", "report", "csv", "xlsx", "json"})
public record AssessmentLinks(
        String self,
        String view,
        @JsonInclude(JsonInclude.Include.NON_NULL) String delete,
        String report,
        String csv,
        String xlsx,
        String json) {

    /**
     * The links for these tokens.
     *
     * @param viewToken the full view token, not null
     * @param deleteToken the full delete token, null to leave the delete link out
     */
    public static AssessmentLinks of(String viewToken, String deleteToken) {
        return new AssessmentLinks(
                path(API_ONE, viewToken),
                path(VIEW, viewToken),
                deleteToken == null ? null : path(DELETE, deleteToken),
                path(API_REPORT, viewToken),
                path(API_CSV, viewToken),
                path(API_XLSX, viewToken),
                path(API_JSON, viewToken));
    }
}
