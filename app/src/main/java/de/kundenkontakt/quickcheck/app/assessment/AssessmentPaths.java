package de.kundenkontakt.quickcheck.app.assessment;

/**
 * The one place that knows the addresses of assessments: the page routes (patterns for the page
 * controllers' mappings) and the REST API's, and the paths they give with a token filled in. Paths
 * only, without scheme and host ({@code web.PublicUrl} adds those where a link is to be copied).
 * Every path but the deletion page's holds the view token, so it belongs only on pages and in
 * answers reached with that token.
 */
public final class AssessmentPaths {

    /** Saving a finished questionnaire (POST). */
    public static final String SAVE = "/auswertungen";
    /** Saving an unfinished questionnaire as a draft (POST). */
    public static final String DRAFT = "/auswertungen/entwurf";
    /** The assessment page: the report, or the form that continues a draft. */
    public static final String VIEW = "/auswertung/{token}";
    /** The page after saving, with the links to keep. */
    public static final String SAVED = VIEW + "/gespeichert";
    /** Where the company profile form posts to. */
    public static final String PROFILE = VIEW + "/profil";
    /** Where the current-state form posts to. */
    public static final String STATE = VIEW + "/stand";
    /** The pre-filled questionnaire of "Erneut prüfen" (it also posts there). */
    public static final String REASSESS = VIEW + "/erneut";
    /** The comparison with an earlier assessment of the history. */
    public static final String COMPARE = VIEW + "/vergleich";
    /** The query parameter of the comparison that names the other assessment by its place in the history. */
    public static final String OTHER_PARAMETER = "mit";
    /** The trend over the history. */
    public static final String TREND = VIEW + "/verlauf";
    /** The PDF report of the page. */
    public static final String REPORT = VIEW + "/bericht.pdf";

    /** Whether the assessment counts for anonymous benchmarks (the consent form posts here). */
    public static final String CONSENT = VIEW + "/vergleichswerte";
    /** The page that confirms a deletion; it takes the delete token. */
    public static final String DELETE = "/loeschen/{token}";
    /** The page after a deletion. */
    public static final String DELETED = "/geloescht";

    /** The REST API's collection of assessments. */
    public static final String API = "/api/v1/assessments";
    /** One assessment in the REST API (GET, PATCH, DELETE). */
    public static final String API_ONE = API + "/{token}";
    /** The PDF report in the REST API. */
    public static final String API_REPORT = API_ONE + "/report.pdf";
    /** The CSV export. */
    public static final String API_CSV = API_ONE + "/export.csv";
    /** The XLSX export. */
    public static final String API_XLSX = API_ONE + "/export.xlsx";
    /** The JSON export. */
    public static final String API_JSON = API_ONE + "/export.json";

    private AssessmentPaths() {}

    /**
     * A path pattern of this class with the token filled in.
     *
     * @param pattern one of this class's patterns, not null
     * @param token the view token (the delete token for {@link #DELETE}), not null
     */
    public static String path(String pattern, AccessToken token) {
        return path(pattern, token.value());
    }

    /**
     * A path pattern of this class with the token's text filled in.
     *
     * @param pattern one of this class's patterns, not null
     * @param token a token's full text, not null
     */
    public static String path(String pattern, String token) {
        return pattern.replace("{token}", token);
    }
}
