package de.kundenkontakt.quickcheck.app;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Generates hostile requests against every endpoint and form: broken and oversized API bodies,
 * tampered form fields, odd query strings, result codes and tokens, strange headers and Unicode
 * edge cases. Deterministic for a seed. Not thread-safe.
 */
final class HostileRequests {

    /** One request: method, target (path and query, sent as is), extra header lines, body. */
    record Request(String kind, String method, String target, List<String> headers, byte[] body) {

        String describe() {
            String shown = target.length() > 120 ? target.substring(0, 120) + "…" : target;
            return kind + " " + method + " " + shown + " (" + body.length + " bytes)";
        }
    }

    /**
     * What the generator needs of the running application: a saved assessment and a form token, and
     * for the advisors' workspace a signed-in administrator's cookies ({@code SESSION} and
     * {@code XSRF-TOKEN}, as one Cookie header value), its form token, another account's id and the
     * administrator's client company.
     */
    record Fixtures(String viewToken, String draftToken, String deleteToken, String csrfCookie, String csrfToken,
            String workspaceCookies, String workspaceCsrfToken, String otherAccountId, String companyId) {}

    static final List<String> QUESTIONS = List.of(
            "synchrone-kommunikation", "verfuegbarkeit-24-7", "reichweite", "kosten-zeitersparnis", "visualisierung",
            "kundenbeziehung", "kundeninformationen", "absatzkanaele", "glaubwuerdigkeit", "automatisierung-service",
            "kundenakquise", "automatisierung-vertrieb", "einstiegskosten", "laufende-kosten");
    private static final List<String> LEVELS = List.of("unwichtig", "weniger-wichtig", "wichtig", "sehr-wichtig");
    private static final List<String> TOUCHPOINTS = List.of("website", "blog", "chatbot", "newsletter", "e-mail");
    private static final List<String> USAGES = List.of("in-use", "planned", "not-used");

    /** Strings that break naive code: Unicode edge cases, markup, injections, huge and empty. */
    private static final List<String> NASTY = List.of(
            "", " ", "\u0000", "\ud800", "\udfff", "\ud83d\ude00".repeat(121), "\ud83d\ude00".repeat(120),
            "\u202eevil", "\u200b\u200b", "\ufeffBOM", "e\u0301".repeat(200), "\u0007bell", "line\nbreak",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR '1'='1", "'; DROP TABLE assessment;--",
            "${7*7}", "#{7*7}", "[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime()}__::.x", "../../etc/passwd",
            "%00", "%2F", "null", "true", "-1", "1e999", "NaN", "Ÿ̴̡̛͍͔", "مرحبا", "こんにちは", "x".repeat(10_000),
            "\uffff", "\ud83d", "A\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300", "\u2028\u2029", "🏳️‍🌈");

    private static final List<String> PAGE_PATHS = List.of(
            "/", "/fragebogen", "/ergebnis", "/kanaele", "/kanaele/website", "/beduerfnisse", "/customer-journey",
            "/tipps", "/glossar", "/hilfe", "/impressum", "/datenschutz", "/geloescht", "/api-docs", "/v3/api-docs",
            "/error", "/favicon.svg", "/css/app.css", "/js/app.js");

    /**
     * The advisors' workspace, its client companies and dashboard: pages to read, with the query parameters
     * they take ({id}, {company} and {token} are filled in, see {@link #fill}).
     */
    private static final List<String> WORKSPACE_PAGES = List.of(
            "/anmelden", "/arbeitsbereich", "/arbeitsbereich/konto", "/arbeitsbereich/verwaltung",
            "/arbeitsbereich/verwaltung/einladen", "/arbeitsbereich/verwaltung/konten/{id}/deaktivieren",
            "/arbeitsbereich/protokoll", "/kein-zugriff", "/einladung/{token}", "/arbeitsbereich/unternehmen",
            "/arbeitsbereich/unternehmen/neu", "/arbeitsbereich/unternehmen/vergleich",
            "/arbeitsbereich/unternehmen/export.csv", "/arbeitsbereich/unternehmen/{company}",
            "/arbeitsbereich/unternehmen/{company}/bearbeiten", "/arbeitsbereich/unternehmen/{company}/pruefung",
            "/arbeitsbereich/unternehmen/{company}/loeschen", "/arbeitsbereich/unternehmen/{company}/auswertungen/{company}",
            "/arbeitsbereich/geteilt", "/arbeitsbereich/geteilt/{company}", "/teilnahme/{token}", "/auswertung/{view}/teilen",
            "/api/v1/workspace/me", "/api/v1/workspace/companies", "/api/v1/workspace/companies/{company}",
            "/api/v1/workspace/companies/{company}/assessments", "/api/v1/workspace/export.csv",
            "/arbeitsbereich/dashboard", "/arbeitsbereich/dashboard/gaps.csv", "/arbeitsbereich/dashboard/{token}.csv",
            "/arbeitsbereich/verwaltung/forschungsdaten", "/arbeitsbereich/verwaltung/forschungsdaten/export.csv",
            "/api/v1/workspace/statistics");
    private static final List<String> WORKSPACE_PARAMETERS = List.of(
            "hinweis", "from", "to", "action", "person", "before", "lang", "fehler", "abgemeldet", "suche", "sortierung",
            "u", "owner", "industry", "sizeClass", "region", "catalog");
    /** The workspace's forms, with the fields they take. */
    private static final Map<String, List<String>> WORKSPACE_FORMS = Map.ofEntries(
            Map.entry("/anmelden", List.of("email", "password")),
            Map.entry("/arbeitsbereich/konto/passwort", List.of("currentPassword", "newPassword", "confirmPassword")),
            Map.entry("/arbeitsbereich/konto/schluessel", List.of("name")),
            Map.entry("/arbeitsbereich/konto/schluessel/{id}/widerrufen", List.of()),
            Map.entry("/arbeitsbereich/verwaltung/einladen", List.of("email", "role")),
            Map.entry("/arbeitsbereich/verwaltung/konten/{id}/deaktivieren", List.of("reassignTo")),
            Map.entry("/einladung/{token}", List.of("password", "confirmPassword")),
            Map.entry("/arbeitsbereich/unternehmen/neu", List.of("companyName", "industry", "sizeClass", "region", "market")),
            Map.entry("/arbeitsbereich/unternehmen/{company}/bearbeiten",
                    List.of("companyName", "industry", "sizeClass", "region", "market")),
            Map.entry("/arbeitsbereich/unternehmen/{company}/pruefung", List.of("k", "action", "answers[reichweite]")),
            Map.entry("/arbeitsbereich/unternehmen/{company}/teilnahmelink", List.of()),
            Map.entry("/arbeitsbereich/unternehmen/{company}/uebertragen", List.of("owner")),
            Map.entry("/arbeitsbereich/unternehmen/{company}/auswertungen/{company}/fortsetzen", List.of("k", "action")),
            Map.entry("/teilnahme/{token}", List.of("k", "answers[reichweite]")),
            Map.entry("/auswertung/{view}/teilen", List.of("code")),
            Map.entry("/auswertung/{view}/vergleichswerte", List.of("vergleichswerte")));

    /** A kind of request and its share of all requests, in per cent. */
    private record Share(int percent, Supplier<Request> request) {}

    private final List<Share> shares = List.of(
            new Share(18, () -> apiBody("POST", "/api/v1/assessments")),
            new Share(12, () -> apiBody("PATCH", "/api/v1/assessments/" + token())),
            new Share(10, () -> apiBody("POST", "/api/v1/evaluations")),
            new Share(10, this::apiRead),
            new Share(10, this::pageRead),
            new Share(16, this::form),
            new Share(10, this::workspace),
            new Share(7, this::headers),
            new Share(5, this::path),
            new Share(2, this::oversized));
    private final Random random;
    private final Fixtures fixtures;

    HostileRequests(long seed, Fixtures fixtures) {
        this.random = new Random(seed);
        this.fixtures = fixtures;
    }

    /** The next {@code count} requests. */
    List<Request> next(int count) {
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(next());
        }
        return requests;
    }

    Request next() {
        int kind = random.nextInt(100);
        for (Share share : shares) {
            if (kind < share.percent()) {
                return share.request().get();
            }
            kind -= share.percent();
        }
        throw new IllegalStateException("the shares add up to less than 100 %");
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String nasty() {
        return pick(NASTY);
    }

    /** A real token, a near miss, or garbage. */
    private String token() {
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> fixtures.viewToken();
            case 3 -> fixtures.draftToken();
            case 4 -> fixtures.viewToken().substring(0, 20);
            case 5 -> fixtures.viewToken() + "x";
            case 6 -> encode(nasty());
            default -> "A".repeat(1 + random.nextInt(300));
        };
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- API bodies

    private Request apiBody(String method, String path) {
        String contentType = switch (random.nextInt(12)) {
            case 0 -> "text/plain";
            case 1 -> "application/x-www-form-urlencoded";
            case 2 -> "application/json; charset=ISO-8859-1";
            case 3 -> "application/merge-patch+json";
            case 4 -> "application/json;;;";
            case 5 -> "";
            default -> "application/json";
        };
        List<String> headers = new ArrayList<>();
        if (!contentType.isEmpty()) {
            headers.add("Content-Type: " + contentType);
        }
        headers.add("Accept-Language: " + pick(List.of("de", "en", "fr", "*", "en;q=abc", "de-DE,en;q=0.5")));
        String query = random.nextInt(6) == 0 ? "?lang=" + encode(pick(List.of("en", "de", "xx", nasty()))) : "";
        return new Request("api-body", method, path + query, headers, json());
    }

    private byte[] json() {
        return switch (random.nextInt(20)) {
            case 0 -> new byte[0];
            case 1 -> "null".getBytes(StandardCharsets.UTF_8);
            case 2 -> "[]".getBytes(StandardCharsets.UTF_8);
            case 3 -> "{\"answers\":".getBytes(StandardCharsets.UTF_8);
            case 4 -> nested(random.nextInt(2000) + 10).getBytes(StandardCharsets.UTF_8);
            case 5 -> new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            case 6 -> ("\ufeff" + render(validAssessment())).getBytes(StandardCharsets.UTF_8);
            case 7 -> (render(validAssessment()) + " trailing").getBytes(StandardCharsets.UTF_8);
            case 8 -> "{\"answers\":{},\"answers\":{}}".getBytes(StandardCharsets.UTF_8);
            case 9 -> ("{\"catalog\":" + pick(List.of("1e999", "-0", "true", "[]", "{}", "\"2022\"")) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            default -> render(mutate(validAssessment())).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String nested(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private Map<String, Object> validAssessment() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String question : QUESTIONS) {
            if (random.nextInt(5) > 0) {
                answers.put(question, pick(LEVELS));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("catalog", "2022");
        body.put("answers", answers);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("companyName", "Firma " + random.nextInt(1000));
        profile.put("industry", "C");
        profile.put("sizeClass", "10-49");
        profile.put("region", "DE-BY");
        profile.put("market", "both");
        body.put("profile", profile);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put(pick(TOUCHPOINTS), pick(USAGES));
        body.put("currentState", state);
        return body;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> mutate(Map<String, Object> body) {
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            Object strange = strangeValue();
            switch (random.nextInt(12)) {
                case 0 -> body.remove(pick(List.of("catalog", "answers", "profile", "currentState")));
                case 1 -> body.put(pick(List.of("catalog", "answers", "profile", "currentState", "complete", "x")), strange);
                case 2 -> map(body, "answers").put(pick(QUESTIONS), strange);
                case 3 -> body.put("answers", single(nasty(), pick(LEVELS)));
                case 4 -> profile(body).put("companyName", strange);
                case 5 -> profile(body).put("companyName", nasty());
                case 6 -> profile(body).put(pick(List.of("industry", "sizeClass", "region", "market", "extra")), strange);
                case 7 -> body.put("currentState", single(pick(TOUCHPOINTS), strange));
                case 8 -> body.put("currentState", single(nasty(), pick(USAGES)));
                case 9 -> body.put("complete", strange);
                case 10 -> body.put(nasty(), strange);
                default -> body.put("catalog", pick(List.of("2020", "1999", nasty())));
            }
        }
        return body;
    }

    /** A map of one entry whose value may be null. */
    private static Map<String, Object> single(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    private Map<String, Object> profile(Map<String, Object> body) {
        return map(body, "profile");
    }

    /** The object under {@code key}, made a fresh one if an earlier mutation put something else there. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> body, String key) {
        if (body.get(key) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> fresh = new LinkedHashMap<>();
        body.put(key, fresh);
        return fresh;
    }

    private Object strangeValue() {
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> random.nextInt();
            case 2 -> List.of(1, "a");
            case 3 -> single("x", 1);
            case 4 -> true;
            case 5 -> 1.5e300;
            default -> nasty();
        };
    }

    /** JSON text of maps, lists, strings, numbers, booleans and null, escaping only what JSON must. */
    static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> render(String.valueOf(e.getKey())) + ":" + render(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(HostileRequests::render).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || Character.isSurrogate(c)) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
        return String.valueOf(value);
    }

    // ---------------------------------------------------------------- API reads

    private Request apiRead() {
        String base = "/api/v1/assessments/" + token();
        String target = switch (random.nextInt(9)) {
            case 7 -> base + "/export.xlsx";
            case 0 -> base + "/export.csv";
            case 1 -> base + "/export.json";
            case 2 -> base + "/report.pdf";
            case 3 -> "/api/v1/catalogs/" + encode(pick(List.of("2022", "2020", "x", nasty())));
            case 4 -> "/api/v1/catalogs";
            case 5 -> "/api/v1/" + encode(nasty());
            default -> base;
        };
        if (random.nextInt(3) == 0) {
            target += "?lang=" + encode(pick(List.of("en", "de", "xx", nasty())));
        }
        String method = pick(List.of("GET", "GET", "GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"));
        if (method.equals("DELETE")) {
            target = "/api/v1/assessments/" + pick(List.of("x", fixtures.viewToken(), encode(nasty())));
        }
        List<String> headers = List.of("Accept: " + pick(List.of(
                "application/json", "text/html", "application/xml", "*/*", "text/csv", "application/pdf",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "garbage/",
                ";;")));
        return new Request("api-read", method, target, headers, new byte[0]);
    }

    // ---------------------------------------------------------------- pages

    private Request pageRead() {
        String target = switch (random.nextInt(8)) {
            case 0 -> "/ergebnis?k=" + encode(pick(List.of("2022", "2020", nasty()))) + "&a=" + encode(resultCode());
            case 1 -> "/fragebogen?k=" + encode(nasty());
            case 2 -> "/auswertung/" + token() + pick(List.of("", "/vergleich", "/bericht.pdf", "/gespeichert?loeschen="
                    + encode(nasty())));
            case 3 -> "/loeschen/" + token();
            case 4 -> "/kanaele/" + encode(nasty());
            case 5 -> pick(PAGE_PATHS) + "?lang=" + encode(pick(List.of("en", "de", "xx", nasty())));
            case 6 -> pick(PAGE_PATHS) + "?" + encode(nasty()) + "=" + encode(nasty());
            default -> pick(PAGE_PATHS);
        };
        return new Request("page-read", pick(List.of("GET", "GET", "GET", "HEAD", "PUT", "DELETE", "PATCH")), target,
                List.of("Accept: " + pick(List.of("text/html", "*/*", "application/json", "image/png"))), new byte[0]);
    }

    private String resultCode() {
        return switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> "0".repeat(random.nextInt(40));
            case 2 -> Long.toString(random.nextLong(), 36);
            case 3 -> "z".repeat(14);
            default -> nasty();
        };
    }

    private Request form() {
        String view = "/auswertung/" + pick(List.of(fixtures.viewToken(), fixtures.draftToken(), "x"));
        String path = pick(List.of("/fragebogen", "/auswertungen", "/auswertungen/entwurf", view, view + "/profil",
                view + "/stand", view + "/erneut", "/loeschen/" + pick(List.of("x", encode(nasty())))));
        List<String> fields = new ArrayList<>();
        if (random.nextInt(10) > 0) {
            fields.add("_csrf=" + encode(fixtures.csrfToken()));
        }
        int count = random.nextInt(8);
        for (int i = 0; i < count; i++) {
            fields.add(encode(fieldName()) + "=" + encode(fieldValue()));
        }
        List<String> headers = new ArrayList<>();
        headers.add("Content-Type: application/x-www-form-urlencoded" + (random.nextInt(8) == 0 ? "; charset=bogus" : ""));
        if (random.nextInt(10) > 0) {
            headers.add("Cookie: XSRF-TOKEN=" + fixtures.csrfCookie());
        }
        headers.add("Accept: text/html");
        return new Request("form", "POST", path, headers, String.join("&", fields).getBytes(StandardCharsets.UTF_8));
    }

    private String fieldName() {
        return switch (random.nextInt(16)) {
            case 0 -> "k";
            case 1 -> "a";
            case 2 -> "answers[" + pick(QUESTIONS) + "]";
            case 3 -> "usage[" + pick(TOUCHPOINTS) + "]";
            case 4 -> pick(List.of("companyName", "industry", "sizeClass", "region", "market"));
            case 5 -> "answers." + pick(QUESTIONS);
            case 6 -> "usage[website][x]";
            case 7 -> "companyName.x";
            case 8 -> "industry.code";
            case 9 -> "answers[" + nasty() + "]";
            case 10 -> "class.module.classLoader";
            case 11 -> "usage[]";
            case 12 -> nasty();
            case 13 -> "lang";
            case 14 -> "answers";
            default -> "usage." + pick(TOUCHPOINTS);
        };
    }

    private String fieldValue() {
        return switch (random.nextInt(6)) {
            case 0 -> pick(LEVELS);
            case 1 -> pick(USAGES);
            case 2 -> pick(List.of("2022", "C", "10-49", "DE-BY", "both"));
            default -> nasty();
        };
    }

    // ---------------------------------------------------------------- the advisors' workspace

    /**
     * A request to the workspace, mostly as the signed-in administrator: pages with odd parameters,
     * odd ids and tokens in paths, forms with odd fields, the workspace API with odd credentials.
     * Never a sign-out, and never the administrator's own id, so that the session lasts the corpus.
     */
    private Request workspace() {
        List<String> headers = new ArrayList<>();
        if (random.nextInt(6) > 0) {
            headers.add("Cookie: " + fixtures.workspaceCookies());
        }
        if (random.nextInt(3) > 0) {
            List<String> fields = new ArrayList<>();
            if (random.nextInt(10) > 0) {
                fields.add("_csrf=" + encode(fixtures.workspaceCsrfToken()));
            }
            String form = pick(List.copyOf(WORKSPACE_FORMS.keySet()));
            for (String field : WORKSPACE_FORMS.get(form)) {
                if (random.nextInt(5) > 0) {
                    fields.add(encode(field) + "=" + encode(pick(List.of(nasty(), nasty(), "CONSULTANT", "ADMINISTRATOR",
                            fixtures.otherAccountId(), "2026-01-01", "a@example.org"))));
                }
            }
            if (random.nextInt(4) == 0) {
                fields.add(encode(fieldName()) + "=" + encode(nasty()));
            }
            headers.add("Content-Type: application/x-www-form-urlencoded");
            headers.add("Accept: text/html");
            return new Request("workspace", "POST", fill(form), headers,
                    String.join("&", fields).getBytes(StandardCharsets.UTF_8));
        }
        String target = switch (random.nextInt(4)) {
            case 0 -> fill(pick(WORKSPACE_PAGES)) + "?" + pick(WORKSPACE_PARAMETERS) + "=" + encode(nasty());
            case 1 -> "/arbeitsbereich/" + encode(nasty());
            default -> fill(pick(WORKSPACE_PAGES));
        };
        if (target.startsWith("/api/")) {
            headers.add("Authorization: " + pick(List.of("Bearer " + encode(nasty()), "Bearer ", "Bearer qc_" + "A".repeat(43),
                    "Basic " + encode(nasty()), "bearer", nasty().replaceAll("[\\r\\n]", ""))));
        }
        headers.add("Accept: " + pick(List.of("text/html", "application/json", "*/*", "text/csv")));
        return new Request("workspace", pick(List.of("GET", "GET", "GET", "HEAD", "PUT", "DELETE")), target, headers,
                new byte[0]);
    }

    /**
     * A path with its placeholders filled in: {id} another account, {company} the administrator's
     * client company, {token} a participation or invitation token, {view} a saved assessment; each
     * real, a near miss or garbage. The company is never deleted: its deletion form is not sent.
     */
    private String fill(String path) {
        return path.replace("{id}", pick(List.of(fixtures.otherAccountId(), "00000000-0000-0000-0000-000000000000",
                        fixtures.otherAccountId() + "0", "0", encode(nasty()))))
                .replace("{company}", pick(List.of(fixtures.companyId(), fixtures.companyId(),
                        fixtures.otherAccountId(), fixtures.companyId().substring(1), encode(nasty()))))
                .replace("{token}", pick(List.of("A".repeat(43), "A".repeat(1 + random.nextInt(200)), encode(nasty()))))
                .replace("{view}", token());
    }

    // ---------------------------------------------------------------- headers, paths, sizes

    private Request headers() {
        List<String> headers = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            headers.add(pick(List.of(
                    "Accept-Language: " + pick(List.of("xx", "*;q=2", "de;q=", ",,,", "en-US;q=0.9,de;q=abc")),
                    "Cookie: " + pick(List.of("XSRF-TOKEN=", "lang=xx", "quickcheck-lang=en; x", "=;=;", "a=" + "b".repeat(3000))),
                    "Content-Type: " + pick(List.of("text/html", "multipart/form-data; boundary=", "application/json")),
                    "Range: bytes=0-1,5-", "If-None-Match: *", "X-Forwarded-Host: evil.example",
                    "X-Forwarded-For: 1.2.3.4, unknown", "Forwarded: for=\"[::1]\";host=evil.example",
                    "Accept: " + pick(List.of("text/html;q=abc", "*/*;q=0", "application/problem+json")),
                    "Transfer-Encoding: identity", "Expect: 100-continue", "Origin: https://evil.example")));
        }
        String target = random.nextBoolean() ? pick(PAGE_PATHS) : "/auswertung/" + token();
        return new Request("headers", pick(List.of("GET", "GET", "POST")), target, headers, new byte[0]);
    }

    private Request path() {
        String target = pick(List.of(
                "/auswertung/abc%2Fdef", "/auswertung/abc%00", "/%", "/%zz", "/..%2F..%2Fetc%2Fpasswd", "//fragebogen",
                "/fragebogen/../../x", "/auswertung/" + "a".repeat(9000), "/fragebogen?" + "a=1&".repeat(1200),
                "/fragebogen?x=" + "%F0%9F%98%80".repeat(500), "/api/v1/assessments/%ED%A0%80", "/kanaele/%C3%28",
                "/api/v1/catalogs/%FF", "/auswertung/%E2%80%AEevil", "/;jsessionid=x", "/fragebogen;a=b",
                "/api/v1/assessments;x=y/" + fixtures.viewToken()));
        return new Request("path", "GET", target, List.of("Accept: text/html"), new byte[0]);
    }

    private Request oversized() {
        if (random.nextBoolean()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] chunk = "{\"answers\":{},\"x\":\"".getBytes(StandardCharsets.UTF_8);
            body.writeBytes(chunk);
            body.writeBytes("a".repeat(70 * 1024).getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
            return new Request("oversized", "POST", "/api/v1/assessments", List.of("Content-Type: application/json"),
                    body.toByteArray());
        }
        byte[] form = ("_csrf=" + encode(fixtures.csrfToken()) + "&k=" + "2".repeat(2 * 1024 * 1024 + 1))
                .getBytes(StandardCharsets.US_ASCII);
        return new Request("oversized", "POST", "/fragebogen", List.of(
                "Content-Type: application/x-www-form-urlencoded", "Cookie: XSRF-TOKEN=" + fixtures.csrfCookie()), form);
    }
}
