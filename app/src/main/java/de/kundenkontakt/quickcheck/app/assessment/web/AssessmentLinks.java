package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import java.util.Locale;

/**
 * The addresses of one assessment's pages and downloads. They hold the view token, so they appear
 * only on pages reached with it. Immutable.
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

    static final String SAVE = "/auswertungen";
    static final String DRAFT = "/auswertungen/entwurf";
    static final String VIEW = "/auswertung/{token}";
    static final String SAVED = "/auswertung/{token}/gespeichert";
    static final String PROFILE = "/auswertung/{token}/profil";
    static final String STATE = "/auswertung/{token}/stand";
    static final String REASSESS = "/auswertung/{token}/erneut";
    static final String COMPARE = "/auswertung/{token}/vergleich";
    static final String TREND = "/auswertung/{token}/verlauf";

    /** The query parameter of the comparison that names the other assessment by its place in the history. */
    static final String OTHER_PARAMETER = "mit";
    static final String REPORT = "/auswertung/{token}/bericht.pdf";
    static final String DELETE = "/loeschen/{token}";
    static final String DELETED = "/geloescht";


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
        String language = Texts.language(locale);
        String api = "/api/v1/assessments/" + token.value();
        return new AssessmentLinks(
                origin + view,
                view,
                path(REPORT, token),
                api + "/export.csv?lang=" + language,
                api + "/export.xlsx?lang=" + language,
                api + "/export.json",
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
        return view + "/vergleich?" + OTHER_PARAMETER + "=" + place;
    }

    /** A path pattern of this class with the token filled in. */
    static String path(String pattern, AccessToken token) {
        return pattern.replace("{token}", token.value());
    }
}
