package de.kundenkontakt.quickcheck.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import de.kundenkontakt.quickcheck.app.QuickcheckServerContext;
import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.AccountService;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.TokenService;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.ratelimit.RateLimits;
import de.kundenkontakt.quickcheck.app.ratelimit.RateLimitsOn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the API really sends matches its OpenAPI document. Every documented operation is called
 * over real HTTP with a success and with each error it can answer (400, 404, 406, 409, 413, 415,
 * 422), plus other methods (405) and unknown paths (404); the downloads (CSV, XLSX, PDF) disregard
 * Accept, as HTTP allows, while the JSON operations answer an unacceptable Accept with 406. With the
 * rate limits switched on ({@link RateLimitsOn}), each limited operation is sent until it answers
 * 429, and the others are sent more often than any limit allows and never answer it. Each
 * response's status, headers, content type and body must be documented and conform
 * ({@link OpenApiContract}), and every documented response must have been seen, so a new
 * operation or status in the document needs a case here.
 */
@QuickcheckServerContext
class ApiContractIntegrationTest {

    private static final String ASSESSMENTS = "/api/v1/assessments";
    private static final String UNKNOWN_TOKEN = "A".repeat(43);

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    TokenService tokens;

    @Autowired
    RateLimits limits;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> problems = new ArrayList<>();
    /** Content type and body of each request built with a body, to check accepted ones against the document. */
    private final Map<HttpRequest.Builder, String[]> bodies = new IdentityHashMap<>();
    private OpenApiContract contract;

    @Test
    void everyDocumentedResponseIsSentAndEverySentResponseIsDocumented() throws Exception {
        HttpResponse<String> document = http.send(request("/v3/api-docs").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(document.statusCode()).isEqualTo(200);
        contract = new OpenApiContract(document.body());
        String complete = GoldenCases.all().get(0).request();
        String tooLarge = "{\"answers\": {}, \"pad\": \"" + "x".repeat(70_000) + "\"}";

        // Evaluations
        check(json("POST", "/api/v1/evaluations", complete), 200);
        check(json("POST", "/api/v1/evaluations?fields=ranking", complete), 200);
        check(json("POST", "/api/v1/evaluations?fields=everything", complete), 400);
        check(json("POST", "/api/v1/evaluations", "{\"answers\": "), 400);
        check(json("POST", "/api/v1/evaluations", complete).header("Accept", "text/csv"), 406);
        check(json("POST", "/api/v1/evaluations", tooLarge), 413);
        check(body("POST", "/api/v1/evaluations", "text/plain", complete), 415);
        check(json("POST", "/api/v1/evaluations", "{\"answers\": {\"reichweite\": \"sehr\"}}"), 422);
        check(request("/api/v1/evaluations").GET(), 405);

        // Catalogues
        check(request("/api/v1/catalogs").GET(), 200);
        check(request("/api/v1/catalogs").header("Accept", "text/csv").GET(), 406);
        check(request("/api/v1/catalogs/2022").GET(), 200);
        check(request("/api/v1/catalogs/2022").header("Accept-Language", "en").GET(), 200);
        check(request("/api/v1/catalogs/1999").GET(), 404);
        check(request("/api/v1/catalogs/2022").header("Accept", "text/csv").GET(), 406);

        // Creating assessments: a complete one with profile and current state (the documented
        // example), a draft, an empty one, and each refusal.
        String example = contract.document().at("/paths/~1api~1v1~1assessments/post/requestBody/content/application~1json/example").toString();
        JsonNode created = JsonMapper.shared().readTree(check(json("POST", ASSESSMENTS, example), 201).text());
        String token = created.path("token").asString();
        String deleteToken = created.path("deleteToken").asString();
        JsonNode draft = JsonMapper.shared().readTree(check(json("POST", ASSESSMENTS,
                "{\"catalog\": \"2022\", \"answers\": {\"reichweite\": \"wichtig\"}}"), 201).text());
        String draftToken = draft.path("token").asString();
        check(json("POST", ASSESSMENTS, "{}").header("Accept-Language", "en"), 201);
        check(json("POST", ASSESSMENTS, "[1, 2"), 400);
        check(json("POST", ASSESSMENTS, example).header("Accept", "text/csv"), 406);
        check(json("POST", ASSESSMENTS, tooLarge), 413);
        check(body("POST", ASSESSMENTS, "application/xml", "<a/>"), 415);
        check(json("POST", ASSESSMENTS, "{\"catalog\": \"1999\", \"currentState\": {\"fax\": \"in-use\"}}"), 422);

        // One assessment: show, change, exports, report.
        check(request(ASSESSMENTS + "/" + token + "/export.json").header("Accept", "text/csv").GET(), 406);
        for (String shown : List.of(token, draftToken)) {
            check(request(ASSESSMENTS + "/" + shown).GET(), 200);
            check(request(ASSESSMENTS + "/" + shown + "?lang=en").GET(), 200);
            check(request(ASSESSMENTS + "/" + shown + "/export.json").GET(), 200);
        }
        check(request(ASSESSMENTS + "/" + UNKNOWN_TOKEN).GET(), 404);
        check(request(ASSESSMENTS + "/" + token + "?lang=fr").GET(), 400);
        check(request(ASSESSMENTS + "/" + token).header("Accept", "text/csv").GET(), 406);
        check(body("PUT", ASSESSMENTS + "/" + token, "application/json", "{}"), 405);

        String patch = contract.document().at(
                "/paths/~1api~1v1~1assessments~1{token}/patch/requestBody/content/application~1merge-patch+json/example").toString();
        check(body("PATCH", ASSESSMENTS + "/" + draftToken, "application/merge-patch+json",
                "{\"answers\": " + JsonMapper.shared().readTree(complete).path("answers") + "}"), 200);
        check(body("PATCH", ASSESSMENTS + "/" + token, "application/merge-patch+json", patch), 200);
        check(body("PATCH", ASSESSMENTS + "/" + token, "application/json", "{\"profile\": null}"), 200);
        check(body("PATCH", ASSESSMENTS + "/" + token, "application/merge-patch+json", "{"), 400);
        check(body("PATCH", ASSESSMENTS + "/" + UNKNOWN_TOKEN, "application/merge-patch+json", "{}"), 404);
        check(body("PATCH", ASSESSMENTS + "/" + token, "application/merge-patch+json", patch).header("Accept", "text/csv"), 406);
        check(body("PATCH", ASSESSMENTS + "/" + token, "application/merge-patch+json", tooLarge), 413);
        check(body("PATCH", ASSESSMENTS + "/" + token, "text/plain", patch), 415);
        check(body("PATCH", ASSESSMENTS + "/" + token, "application/merge-patch+json",
                "{\"answers\": {\"reichweite\": null}}"), 422);

        String openDraft = JsonMapper.shared().readTree(check(json("POST", ASSESSMENTS, "{}"), 201).text())
                .path("token").asString();
        for (String export : List.of("/export.csv", "/export.xlsx", "/export.json", "/report.pdf")) {
            check(request(ASSESSMENTS + "/" + token + export).GET(), 200);
            check(request(ASSESSMENTS + "/" + token + export + "?lang=en").GET(), 200);
            check(request(ASSESSMENTS + "/" + UNKNOWN_TOKEN + export).GET(), 404);
            check(request(ASSESSMENTS + "/" + token + export + "?lang=fr").GET(), 400);
            check(request(ASSESSMENTS + "/" + openDraft + export).GET(), export.equals("/export.json") ? 200 : 409);
        }

        // Deleting: only with the delete token, once.
        check(request(ASSESSMENTS + "/" + token).DELETE(), 404);
        check(request(ASSESSMENTS + "/" + deleteToken + "?lang=fr").DELETE(), 400);
        check(request(ASSESSMENTS + "/" + deleteToken).DELETE(), 204);
        check(request(ASSESSMENTS + "/" + deleteToken).DELETE(), 404);
        check(request(ASSESSMENTS + "/" + token).GET(), 404);

        // The workspace: only with a personal access token.
        Account account = accounts.create(Workspace.newEmail("vertrag"), Role.CONSULTANT, Workspace.PASSWORD, null);
        String bearer = "Bearer " + tokens.create(account.id(), "Vertrag").secret();
        check(request("/api/v1/workspace/me").header("Authorization", bearer).GET(), 200);
        check(request("/api/v1/workspace/me").GET(), 401);
        check(request("/api/v1/workspace/me").header("Authorization", "Bearer qc_pat_unbekannt").GET(), 401);
        check(request("/api/v1/workspace/me").header("Authorization", bearer).header("Accept", "text/csv").GET(), 406);
        check(request("/api/v1/workspace/statistics").header("Authorization", bearer).GET(), 200);
        check(request("/api/v1/workspace/statistics?from=2026-01&to=2026-03&industry=C&sizeClass=1-9&region=DE-BY&catalog=2022")
                .header("Authorization", bearer).GET(), 200);
        check(request("/api/v1/workspace/statistics").GET(), 401);
        check(request("/api/v1/workspace/statistics?from=2026-13&region=Mars").header("Authorization", bearer).GET(), 422);
        check(request("/api/v1/workspace/statistics").header("Authorization", bearer).header("Accept", "text/csv").GET(), 406);

        // The workspace's companies, with the same token; another account's company is 404.
        String companies = "/api/v1/workspace/companies";
        String company = contract.document().at(
                "/paths/~1api~1v1~1workspace~1companies/post/requestBody/content/application~1json/example").toString();
        String companyId = JsonMapper.shared().readTree(check(json("POST", companies, company)
                .header("Authorization", bearer), 201).text()).path("id").asString();
        String ownCompany = companies + "/" + companyId;
        check(request(companies).header("Authorization", bearer).GET(), 200);
        check(request(companies).GET(), 401);
        check(request(companies).header("Authorization", bearer).header("Accept", "text/csv").GET(), 406);
        check(json("POST", companies, "{\"companyName\": ").header("Authorization", bearer), 400);
        check(json("POST", companies, company), 401);
        check(json("POST", companies, company).header("Authorization", bearer).header("Accept", "text/csv"), 406);
        check(json("POST", companies, tooLarge).header("Authorization", bearer), 413);
        check(body("POST", companies, "text/plain", company).header("Authorization", bearer), 415);
        check(json("POST", companies, "{\"industry\": \"Z\"}").header("Authorization", bearer), 422);
        check(request(ownCompany).header("Authorization", bearer).GET(), 200);
        check(request(ownCompany).GET(), 401);
        check(request(companies + "/" + java.util.UUID.randomUUID()).header("Authorization", bearer).GET(), 404);
        check(request(ownCompany).header("Authorization", bearer).header("Accept", "text/csv").GET(), 406);
        check(json("POST", ownCompany + "/assessments", complete).header("Authorization", bearer), 201);
        check(json("POST", ownCompany + "/assessments?lang=fr", complete).header("Authorization", bearer), 400);
        check(json("POST", ownCompany + "/assessments", complete), 401);
        check(json("POST", companies + "/" + java.util.UUID.randomUUID() + "/assessments", complete)
                .header("Authorization", bearer), 404);
        check(json("POST", ownCompany + "/assessments", complete).header("Authorization", bearer).header("Accept", "text/csv"), 406);
        check(json("POST", ownCompany + "/assessments", tooLarge).header("Authorization", bearer), 413);
        check(body("POST", ownCompany + "/assessments", "text/plain", complete).header("Authorization", bearer), 415);
        check(json("POST", ownCompany + "/assessments", "{\"answers\": {\"reichweite\": \"sehr\"}}")
                .header("Authorization", bearer), 422);
        check(request(ownCompany + "/assessments").header("Authorization", bearer).GET(), 200);
        check(request(ownCompany + "/assessments?lang=fr").header("Authorization", bearer).GET(), 400);
        check(request(ownCompany + "/assessments").GET(), 401);
        check(request(companies + "/" + java.util.UUID.randomUUID() + "/assessments").header("Authorization", bearer).GET(), 404);
        check(request(ownCompany + "/assessments").header("Authorization", bearer).header("Accept", "text/csv").GET(), 406);
        check(request("/api/v1/workspace/export.csv").header("Authorization", bearer).GET(), 200);
        check(request("/api/v1/workspace/export.csv?lang=fr").header("Authorization", bearer).GET(), 400);
        check(request("/api/v1/workspace/export.csv").GET(), 401);
        check(request(ownCompany).DELETE(), 401);
        check(request(ownCompany).header("Authorization", bearer).DELETE(), 204);
        check(request(ownCompany).header("Authorization", bearer).DELETE(), 404);

        // Outside the documented paths.
        check(request("/api/v1/nothing-here").GET(), 404);

        // Rate limits: each limited operation until its 429, then every other operation more often
        // than any limit allows, without a 429.
        try (RateLimitsOn on = RateLimitsOn.in(limits)) {
            JsonNode limited = JsonMapper.shared().readTree(check(json("POST", ASSESSMENTS, example), 201).text());
            String one = ASSESSMENTS + "/" + limited.path("token").asString();
            for (int i = 1; i < on.allowance("create"); i++) {
                check(json("POST", ASSESSMENTS, "{}"), 201);
            }
            check(json("POST", ASSESSMENTS, "{}"), 429);
            for (int i = 0; i < on.allowance("edit"); i++) {
                check(body("PATCH", one, "application/merge-patch+json", patch), 200);
            }
            check(body("PATCH", one, "application/merge-patch+json", patch), 429);
            for (int i = 0; i < on.allowance("pdf"); i++) {
                check(request(one + "/report.pdf").GET(), 200);
            }
            check(request(one + "/report.pdf").GET(), 429);
            int beyondEveryLimit = 1 + List.of("create", "edit", "pdf").stream().mapToInt(on::allowance).max().orElseThrow();
            for (int i = 0; i < beyondEveryLimit; i++) {
                check(json("POST", "/api/v1/evaluations", complete), 200);
                check(request("/api/v1/catalogs").GET(), 200);
                check(request("/api/v1/catalogs/2022").GET(), 200);
                check(request(one).GET(), 200);
                check(request(one + "/export.csv").GET(), 200);
                check(request(one + "/export.json").GET(), 200);
                check(request("/api/v1/workspace/me").header("Authorization", bearer).GET(), 200);
            }
            check(request(ASSESSMENTS + "/" + limited.path("deleteToken").asString()).DELETE(), 204);
        }

        System.out.println("API contract: " + contract.documented().size() + " documented responses, "
                + problems.size() + " problems, unexercised " + contract.unexercised());
        assertThat(problems).as("responses that differ from the OpenAPI document or from the expected status")
                .isEmpty();
        assertThat(contract.unexercised()).as("documented responses no case here exercises").isEmpty();
    }

    /** Sends a request, asserts its status and holds the response against the document. */
    private OpenApiContract.Exchange check(HttpRequest.Builder request, int expectedStatus) throws Exception {
        HttpRequest built = request.build();
        HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        OpenApiContract.Exchange exchange = new OpenApiContract.Exchange(
                built.method(), built.uri().getPath(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), headers, response.body());
        if (response.statusCode() != expectedStatus) {
            problems.add(built.method() + " " + built.uri().getPath() + ": expected " + expectedStatus + " but got "
                    + response.statusCode() + " " + exchange.excerpt());
        }
        problems.addAll(contract.problemsOf(exchange));
        String[] sent = bodies.get(request);
        if (sent != null && response.statusCode() / 100 == 2) {
            problems.addAll(contract.requestProblemsOf(built.method(), built.uri().getPath(), sent[0], sent[1]));
        }
        return exchange;
    }

    private HttpRequest.Builder json(String method, String path, String body) {
        return body(method, path, "application/json", body);
    }

    private HttpRequest.Builder body(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        bodies.put(request, new String[] {contentType, body});
        return request;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }
}
