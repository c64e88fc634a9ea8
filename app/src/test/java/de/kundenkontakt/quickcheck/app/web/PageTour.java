package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.OutsideCheckers;
import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.AccountService;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.PeerBenchmark;
import de.kundenkontakt.quickcheck.app.company.AdvisorCodes;
import de.kundenkontakt.quickcheck.app.ratelimit.RateLimits;
import de.kundenkontakt.quickcheck.app.ratelimit.RateLimitsOn;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A walk through every page the application renders, in each state a visitor can reach (empty and
 * failed forms, drafts, results, saved assessments with the peer benchmark, comparison, deletion,
 * error pages including the 429 page of a used-up rate limit, the guide, help and legal pages, the
 * advisors' workspace with its client companies, dashboard and shared assessments), over
 * real HTTP against the running test server, keeping each page's HTML. The outside checkers run
 * over these pages: the W3C Nu HTML Checker ({@link HtmlValidityIntegrationTest}) and axe-core in
 * Chromium ({@link EveryPageBrowserTest}).
 *
 * <p>A page template is a template with a {@code main} element ({@link #pageTemplates()}); both
 * tests fail while one of them is never rendered ({@link #assertEveryPageTemplateVisited}), so a
 * new page needs a case in {@link #visit} (a request that renders it, with the template's view
 * name). The walk runs once per application context: the test classes that share the context get
 * the same pages ({@link #inBothLanguages}), so the W3C checker and axe-core judge the same HTML
 * and the walk's few hundred requests are sent once. Not thread-safe.
 */
final class PageTour {

    /** One rendered page: its language, a name unique within the language, its template and HTML. */
    record Page(String language, String name, String template, String html) {

        /** A name unique over both languages, usable as a file name. */
        String key() {
            return language + "-" + name;
        }
    }

    private static final String CODE = "32103210321032";
    private static final String OTHER_CODE = "01230123012301";

    /** The pages of the walks done so far, by the application context they were rendered by. */
    private static final Map<ApplicationContext, List<Page>> WALKED = new IdentityHashMap<>();

    private final int port;
    private final ApplicationContext context;
    private final AccountService accounts;
    private final RateLimits limits;
    private final AssessmentService assessments;
    private final AdvisorCodes advisorCodes;
    private final JdbcClient jdbc;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<Page> pages = new ArrayList<>();

    /**
     * A tour of the application running on {@code port}, which it also reaches directly through
     * beans of {@code context} (accounts, rate limits, assessments, advisor codes, the database).
     */
    PageTour(int port, ApplicationContext context) {
        this.port = port;
        this.context = context;
        this.accounts = context.getBean(AccountService.class);
        this.limits = context.getBean(RateLimits.class);
        this.assessments = context.getBean(AssessmentService.class);
        this.advisorCodes = context.getBean(AdvisorCodes.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /**
     * Visits every page in German and in English, or returns the pages of the walk already done in
     * this application context; never null, immutable.
     */
    List<Page> inBothLanguages() throws Exception {
        synchronized (WALKED) {
            List<Page> walked = WALKED.get(context);
            if (walked == null) {
                for (String language : List.of("de", "en")) {
                    visit(language);
                }
                walked = List.copyOf(pages);
                WALKED.put(context, walked);
            }
            return walked;
        }
    }

    /** Visits every page in one language as a visitor would, and keeps its HTML. */
    private void visit(String language) throws Exception {
        cookies.clear();
        page(language, "home", "home/index", get("/"), 200);

        // The questionnaire: empty, sent without answers, and the result it leads to.
        Document questionnaire = page(language, "questionnaire", "questionnaire/form", get("/fragebogen"), 200);
        page(language, "questionnaire-errors", "questionnaire/form",
                post("/fragebogen", Map.of("k", "2022"), csrf(questionnaire)), 422);
        Document result = page(language, "result", "result/show", get("/ergebnis?k=2022&a=" + CODE), 200);
        page(language, "result-bad-code", "error/400", get("/ergebnis?k=2022&a=1"), 400);

        // Too many drafts saved in a row: the 429 page, with the rate limits switched on.
        try (RateLimitsOn on = RateLimitsOn.in(limits)) {
            for (int i = 0; i < on.allowance("create"); i++) {
                redirect(post("/auswertungen/entwurf", Map.of("k", "2022"), csrf(questionnaire)));
            }
            page(language, "rate-limited", "error/429",
                    post("/auswertungen/entwurf", Map.of("k", "2022"), csrf(questionnaire)), 429);
        }

        // A saved assessment: the links page, the assessment with profile and current state, their
        // forms with errors, a re-assessment as a draft, its comparison, and the deletion.
        String saved = redirect(post("/auswertungen", Map.of("k", "2022", "a", CODE), csrf(result)));
        String view = saved.replaceFirst("^.*/auswertung/([^/]+)/.*$", "$1");
        Document links = page(language, "assessment-links", "assessment/saved", get(saved), 200);
        String deleteToken = links.select("#link-loeschen").val().replaceFirst("^.*/loeschen/", "");
        assertThat(deleteToken).as("delete link on the links page").isNotBlank();
        Document assessment = page(language, "assessment", "assessment/show", get("/auswertung/" + view), 200);
        page(language, "assessment-profile-errors", "assessment/show", post("/auswertung/" + view + "/profil",
                Map.of("companyName", "x".repeat(300), "industry", "??", "sizeClass", "7"), csrf(assessment)), 422);
        page(language, "assessment-state-errors", "assessment/show", post("/auswertung/" + view + "/stand",
                Map.of("usage[website]", "sometimes"), csrf(assessment)), 422);
        redirect(post("/auswertung/" + view + "/profil", Map.of("companyName", "Müller & Söhne GmbH",
                "industry", "C", "sizeClass", "10-49", "region", "DE-BY", "market", "both"), csrf(assessment)));
        // Enough other saved assessments for the peer benchmark, so that the page shows its charts.
        for (int i = 0; i < PeerBenchmark.MINIMUM; i++) {
            assessments.createComplete(AssessmentInput.of(Catalogs.builtIn().defaultCatalog().questions().stream()
                    .collect(Collectors.toMap(q -> q.id(), q -> List.of("wichtig", "sehr-wichtig").get(q.position() % 2)))));
        }
        Document described = page(language, "assessment-profile-saved", "assessment/show",
                get(redirect(post("/auswertung/" + view + "/stand",
                        Map.of("usage[website]", "in-use", "usage[blog]", "planned", "usage[forum]", "not-used"),
                        csrf(assessment)))), 200);
        assertThat(described.select("#vergleichswerte svg")).as(language + " peer benchmark charts").isNotEmpty();
        // "Erneut prüfen": the questionnaire filled in from the saved answers, refused when incomplete,
        // kept as a draft, the draft refused when incomplete, then completed with other answers.
        Document reassess = page(language, "reassess", "questionnaire/form", get("/auswertung/" + view + "/erneut"), 200);
        Map<String, String> partial = new LinkedHashMap<>(Map.of("k", "2022"));
        reassess.select("input[type=radio][name^=answers][checked]").stream().limit(3)
                .forEach(radio -> partial.put(radio.attr("name"), radio.val()));
        assertThat(partial).hasSize(4);
        page(language, "reassess-errors", "questionnaire/form",
                post("/auswertung/" + view + "/erneut", partial, csrf(reassess)), 422);
        Map<String, String> later = new LinkedHashMap<>(partial);
        later.put("action", "draft");
        String draft = redirect(post("/auswertung/" + view + "/erneut", later, csrf(described)));
        String draftView = draft.replaceFirst("^.*/auswertung/([^/]+)/.*$", "$1");
        Document draftPage = page(language, "assessment-draft", "questionnaire/form", get("/auswertung/" + draftView), 200);
        page(language, "assessment-draft-errors", "questionnaire/form",
                post("/auswertung/" + draftView, partial, csrf(draftPage)), 422);
        Map<String, String> complete = new LinkedHashMap<>(Map.of("k", "2022"));
        List<String> questions = draftPage.select("input[type=radio][name^=answers]").eachAttr("name").stream()
                .distinct().toList();
        assertThat(questions).hasSize(OTHER_CODE.length());
        for (int i = 0; i < questions.size(); i++) {
            List<String> levels = draftPage.select("input[type=radio][name=\"" + questions.get(i) + "\"]").eachAttr("value");
            complete.put(questions.get(i), levels.get(OTHER_CODE.charAt(i) - '0'));
        }
        redirect(post("/auswertung/" + draftView, complete, csrf(draftPage)));
        page(language, "assessment-trend", "assessment/trend", get("/auswertung/" + draftView + "/verlauf"), 200);
        page(language, "assessment-compare", "assessment/compare", get("/auswertung/" + draftView + "/vergleich"), 200);
        Document delete = page(language, "assessment-delete", "assessment/delete", get("/loeschen/" + deleteToken), 200);
        String deleted = redirect(post("/loeschen/" + deleteToken, Map.of(), csrf(delete)));
        page(language, "assessment-deleted", "assessment/deleted", get(deleted), 200);
        page(language, "assessment-gone", "assessment/not-found", get("/auswertung/" + view), 404);

        // Error pages outside the controllers.
        page(language, "not-found", "error/404", get("/gibt-es-nicht"), 404);
        page(language, "method-not-allowed", "error", post("/hilfe", Map.of(), csrf(questionnaire)), 405);
        page(language, "forbidden", "error", post("/fragebogen", Map.of("k", "2022"), ""), 403);

        // The guide, help and legal pages.
        Document touchpoints = page(language, "touchpoints", "guide/touchpoints", get("/kanaele"), 200);
        Set<String> touchpointLinks = touchpoints.select("main a[href^=/kanaele/]").eachAttr("href").stream()
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(touchpointLinks).hasSize(23);
        for (String link : touchpointLinks) {
            page(language, "touchpoint-" + link.substring(link.lastIndexOf('/') + 1), "guide/touchpoint", get(link), 200);
        }
        page(language, "needs", "guide/needs", get("/beduerfnisse"), 200);
        page(language, "journey", "guide/journey", get("/customer-journey"), 200);
        page(language, "tips", "guide/dos-and-donts", get("/tipps"), 200);
        page(language, "glossary", "guide/glossary", get("/glossar"), 200);
        page(language, "help", "operator/help", get("/hilfe"), 200);
        page(language, "imprint", "operator/imprint", get("/impressum"), 200);
        page(language, "privacy", "operator/privacy", get("/datenschutz"), 200);

        // The advisors' workspace: sign-in, then as an administrator every page and its results.
        Account admin = accounts.create(Workspace.newEmail("html-" + language), Role.ADMINISTRATOR, Workspace.PASSWORD, null);
        Account consultant = accounts.create(Workspace.newEmail("html-" + language), Role.CONSULTANT, Workspace.PASSWORD, null);
        Document signIn = page(language, "sign-in", "account/sign-in", get("/anmelden"), 200);
        redirect(post("/anmelden", Map.of("email", admin.email(), "password", Workspace.PASSWORD), csrf(signIn)));
        page(language, "workspace", "account/workspace", get("/arbeitsbereich"), 200);
        Document account = page(language, "account", "account/account", get("/arbeitsbereich/konto"), 200);
        page(language, "token-created", "account/token-created",
                post("/arbeitsbereich/konto/schluessel", Map.of("name", "HTML-Prüfung"), csrf(account)), 200);
        page(language, "accounts", "account/accounts", get("/arbeitsbereich/verwaltung"), 200);
        Document invite = page(language, "invite", "account/invite", get("/arbeitsbereich/verwaltung/einladen"), 200);
        Document invited = page(language, "invitation-created", "account/invitation-created", post(
                "/arbeitsbereich/verwaltung/einladen", Map.of("email", Workspace.newEmail("eingeladen")), csrf(invite)), 200);
        page(language, "deactivate", "account/deactivate",
                get("/arbeitsbereich/verwaltung/konten/" + consultant.id() + "/deaktivieren"), 200);
        page(language, "audit-log", "audit/log", get("/arbeitsbereich/protokoll"), 200);
        page(language, "dashboard", "statistics/dashboard", get("/arbeitsbereich/dashboard"), 200);
        page(language, "dashboard-filtered", "statistics/dashboard",
                get("/arbeitsbereich/dashboard?industry=C&sizeClass=10-49&region=DE-BY&catalog=2022"), 200);
        page(language, "dashboard-error", "statistics/dashboard", get("/arbeitsbereich/dashboard?from=2026-13&region=Mars"), 422);
        page(language, "research-export", "statistics/research", get("/arbeitsbereich/verwaltung/forschungsdaten"), 200);
        collectCompanyPages(language, admin);
        page(language, "access-denied", "account/access-denied", get("/kein-zugriff"), 403);
        String invitation = invited.select("a[href*=/einladung/], input[value*=/einladung/]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.val())
                .findFirst().orElseThrow().replaceFirst("^https?://[^/]+", "");
        cookies.clear();
        page(language, "invitation", "account/invitation", get(invitation), 200);
        page(language, "invitation-invalid", "account/invitation-invalid", get("/einladung/" + "A".repeat(43)), 404);
    }

    /**
     * The client companies, signed in as an administrator: list, forms with their errors, a
     * company, its check and saved links, an assessment, the participation link and the company's
     * side of it (questionnaire, done, used), comparison, deletion, the shared assessments and the
     * page on which a company shares its own assessment by advisor code, up to too many wrong codes.
     */
    private void collectCompanyPages(String language, Account admin) throws Exception {
        String companies = "/arbeitsbereich/unternehmen";
        page(language, "company-list", "company/list", get(companies), 200);
        Document form = page(language, "company-new", "company/new", get(companies + "/neu"), 200);
        page(language, "company-new-errors", "company/new", post(companies + "/neu", Map.of("companyName", ""), csrf(form)), 422);
        String company = redirect(post(companies + "/neu", Map.of("companyName", "Müller & Söhne " + language,
                "industry", "C", "sizeClass", "10-49", "region", "DE-BY", "market", "both"), csrf(form)));
        page(language, "company", "company/show", get(company), 200);
        String path = company.replaceFirst("\\?.*$", "");
        page(language, "company-edit", "company/edit", get(path + "/bearbeiten"), 200);
        page(language, "company-edit-errors", "company/edit",
                post(path + "/bearbeiten", Map.of("companyName", "x".repeat(300), "industry", "??"), csrf(form)), 422);

        Document check = page(language, "company-check", "questionnaire/form", get(path + "/pruefung"), 200);
        page(language, "company-check-errors", "questionnaire/form", post(path + "/pruefung", Map.of("k", "2022"), csrf(check)), 422);
        Map<String, String> complete = new LinkedHashMap<>(Map.of("k", "2022"));
        check.select("input[type=radio][name^=answers]").forEach(radio -> complete.putIfAbsent(radio.attr("name"), radio.val()));
        Document saved = page(language, "company-saved", "company/saved", post(path + "/pruefung", complete, csrf(check)), 200);
        page(language, "company-assessment", "company/assessment", get(saved.select("main a.button").attr("href")), 200);

        Document link = page(language, "company-link", "company/link-created", post(path + "/teilnahmelink", Map.of(), csrf(check)), 200);
        String participation = link.select("#teilnahmelink").val().replaceFirst("^https?://[^/]+", "");
        Document answering = page(language, "participation", "questionnaire/form", get(participation), 200);
        page(language, "participation-done", "company/participation-done", post(participation, complete, csrf(answering)), 200);
        page(language, "participation-used", "company/closed", get(participation), 410);

        String other = redirect(post(companies + "/neu", Map.of("companyName", "Zweitbetrieb " + language), csrf(form)))
                .replaceFirst("\\?.*$", "");
        page(language, "company-saved-second", "company/saved", post(other + "/pruefung", complete, csrf(form)), 200);
        page(language, "company-compare", "company/compare", get(companies + "/vergleich?u="
                + path.substring(path.lastIndexOf('/') + 1) + "&u=" + other.substring(other.lastIndexOf('/') + 1)), 200);
        Document delete = page(language, "company-delete", "company/delete", get(other + "/loeschen"), 200);
        redirect(post(other + "/loeschen", Map.of(), csrf(delete)));
        page(language, "company-not-found", "company/not-found", get(other), 404);

        // A company's own assessment, shared with the administrator by their advisor code.
        CreatedAssessment own = assessments.createComplete(AssessmentInput.of(
                Catalogs.builtIn().defaultCatalog().questions().stream()
                        .collect(Collectors.toMap(q -> q.id(), q -> "wichtig"))));
        String share = "/auswertung/" + own.viewToken().value() + "/teilen";
        Document sharing = page(language, "share", "company/share", get(share), 200);
        page(language, "share-errors", "company/share", post(share, Map.of("code", "FALSCH"), csrf(sharing)), 422);
        page(language, "shared-with", "company/share",
                get(redirect(post(share, Map.of("code", advisorCodes.codeOf(admin.id())), csrf(sharing)))), 200);
        page(language, "shared", "company/shared", get("/arbeitsbereich/geteilt"), 200);
        page(language, "shared-assessment", "company/shared-assessment",
                get("/arbeitsbereich/geteilt/" + own.assessment().id()), 200);
        // Too many wrong codes from this address: the 429 page; the failures go again afterwards.
        try {
            for (int i = 0; i < 10; i++) {
                jdbc.sql("INSERT INTO advisor_code_failure (client_address, occurred_at) VALUES ('127.0.0.1', CURRENT_TIMESTAMP)")
                        .update();
            }
            page(language, "share-too-many", "company/too-many", post(share, Map.of("code", "FALSCH"), csrf(sharing)), 429);
        } finally {
            jdbc.sql("DELETE FROM advisor_code_failure WHERE client_address = '127.0.0.1'").update();
        }
    }

    /**
     * The page templates in src/main/resources/templates, by view name: those with a {@code main}
     * element. Fragments have none, nor has the report template, which becomes a PDF.
     */
    static Set<String> pageTemplates() throws IOException {
        Path root = OutsideCheckers.repositoryRoot().resolve("app/src/main/resources/templates");
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                if (Files.readString(file, StandardCharsets.UTF_8).contains("<main")) {
                    pages.add(root.relativize(file).toString().replace('\\', '/').replaceFirst("\\.html$", ""));
                }
            }
        }
        return pages;
    }

    /**
     * Page templates that have just landed and have no case in {@link #visit} yet, by view name: a
     * way to land a new page without waiting for its case, never to leave it out for good. Each
     * entry names who adds its case; keep this set empty on main whenever you can.
     */
    static final Set<String> AWAITING_A_CASE = Set.of();

    /**
     * Asserts that the pages visited cover every page template, apart from those awaiting a case
     * (which must indeed not have been visited, so that the list cannot go stale).
     */
    static void assertEveryPageTemplateVisited(List<Page> pages) throws IOException {
        Set<String> visited = pages.stream().map(Page::template).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(pageTemplates());
        expected.removeAll(AWAITING_A_CASE);
        assertThat(visited).as("page templates rendered (a new page needs a case in PageTour.visit)").isEqualTo(expected);
        assertThat(pageTemplates()).as("page templates awaiting a case exist").containsAll(AWAITING_A_CASE);
    }

    private Document page(String language, String name, String template, HttpRequest.Builder request, int status)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(request.header("Accept-Language", language));
        assertThat(response.statusCode()).as(language + " " + name + " " + response.uri()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(name).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        Document html = Jsoup.parse(response.body());
        assertThat(html.select("html").attr("lang")).as(language + " " + name).isEqualTo(language);
        pages.add(new Page(language, name, template, response.body()));
        return html;
    }

    /** Sends a form and returns where it redirects to. */
    private String redirect(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as("redirect after " + response.uri()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return response;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String path, Map<String, String> form, String csrf) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (!csrf.isEmpty()) {
            fields.put("_csrf", csrf);
        }
        String body = fields.entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** The form-protection token of the first form on a page. */
    private static String csrf(Document page) {
        String token = page.select("input[name=_csrf]").val();
        assertThat(token).as("form-protection token on " + page.title()).isNotBlank();
        return token;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
