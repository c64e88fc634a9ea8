package de.kundenkontakt.quickcheck.app.assessment.web;

import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.API_CSV;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.API_JSON;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.API_XLSX;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.COMPARE;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.OTHER_PARAMETER;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.PROFILE;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.REASSESS;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.REPORT;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.STATE;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.TREND;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.VIEW;
import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.path;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import java.util.Locale;

/**
 * The addresses of one assessment's pages and downloads, for its pages (paths from
 * {@link de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths}). They hold the view token, so
 * they appear only on pages reached with it. Immutable.
 *
 * @param viewUrl the full private link to view and continue, with scheme and host
 * @param view the path of the assessment page
 * @param pdf the path of the PDF report
 * @param csv the path of the CSV export, in the page's language
 * @param xlsx the path of the Excel (XLSX) export, in the page's language
 * @param json the path of the JSON export
 * @param reassess the pre-filled questionnaire of "Erneut prüfen" (it also posts there)
 * @param compare the path of the comparison with the earlier assessment, null when there is none
 * @param profile where the company profile form posts to
 * @param state where the current-state form posts to
 * @param trend the path of the trend over the history, null when the history has one complete
 *     assessment only
 * @param guideQuery the query that a touchpoint page of the guide needs to show this assessment's
 *     fit and a way back ({@code k}, {@code a}, {@code auswertung}), null for a draft
 */
public record AssessmentLinks(
        String viewUrl,
        String view,
        String pdf,
        String csv,
        String xlsx,
        String json,
        String reassess,
        String compare,
        String profile,
        String state,
        String trend,
        String guideQuery) {

    /**
     * The links of the assessment the token reaches.
     *
     * @param origin scheme, host and port, such as "http://localhost:8080", not null
     * @param token the view token, not null
     * @param hasPrevious whether there is an earlier assessment to compare with
     * @param locale the page's language, for the CSV export
     */
    static AssessmentLinks of(String origin, AccessToken token, boolean hasPrevious, Locale locale) {
        return of(origin, token, hasPrevious, false, null, null, locale);
    }

    /**
     * The links of the assessment the token reaches.
     *
     * @param hasHistory whether the history has more than one complete assessment
     * @param catalogId the catalogue of a complete assessment, null for a draft
     * @param code the answer code of a complete assessment, null for a draft
     */
    static AssessmentLinks of(
            String origin, AccessToken token, boolean hasPrevious, boolean hasHistory, String catalogId, String code,
            Locale locale) {
        String view = path(VIEW, token);
        return new AssessmentLinks(
                origin + view,
                view,
                path(REPORT, token),
                path(API_CSV, token) + "?lang=" + Texts.language(locale),
                path(API_XLSX, token) + "?lang=" + Texts.language(locale),
                path(API_JSON, token),
                path(REASSESS, token),
                hasPrevious ? path(COMPARE, token) : null,
                path(PROFILE, token),
                path(STATE, token),
                hasHistory ? path(TREND, token) : null,
                code == null ? null : "k=" + catalogId + "&a=" + code + "&auswertung=" + token.value());
    }

    /** The guide's page of a touchpoint, showing this assessment's fit and a way back; never null. */
    public String touchpoint(String touchpointId) {
        return "/kanaele/" + touchpointId + (guideQuery == null ? "" : "?" + guideQuery);
    }

    /** The comparison with the assessment at this 1-based place of the history; never null. */
    public String compareWith(int place) {
        return COMPARE.replace(VIEW, view) + "?" + OTHER_PARAMETER + "=" + place;
    }
}
