package de.kundenkontakt.quickcheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.AccountService;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.web.ClientTokens;
import de.kundenkontakt.quickcheck.app.web.RawHttp;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile input against every endpoint and form (see {@link HostileRequests}), the advisors'
 * workspace included, signed in and not: no answer is a server error, and every refusal says what is wrong, as problem details (API) or as a page with
 * a heading and an explanation (web). The suite sends a few hundred requests;
 * {@code bench/hostile-corpus.sh} sends the full corpus ({@code -Dquickcheck.corpus.size}).
 */
@QuickcheckServerContext
class HostileInputIntegrationTest {

    private static final Pattern COMPANY = Pattern.compile("/arbeitsbereich/unternehmen/([0-9a-f-]{36})");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    /**
     * The corpus's failed sign-ins and wrong advisor codes count against 127.0.0.1, the address of every
     * test in this shared server context: they go again, so that the classes after this one can still
     * sign in and share by advisor code.
     */
    @AfterEach
    void forgetTheFailuresOfThisAddress() {
        jdbc.sql("DELETE FROM sign_in_failure WHERE client_address = '127.0.0.1'").update();
        jdbc.sql("DELETE FROM advisor_code_failure WHERE client_address = '127.0.0.1'").update();
    }

    private RawHttp.Response send(String method, String target, List<String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1:")
                .append(port);
        headers.forEach(h -> head.append("\r\n").append(h));
        return RawHttp.send(port, head.toString(), body);
    }

    private HostileRequests.Fixtures fixtures() throws IOException {
        String complete = HostileRequests.QUESTIONS.stream()
                .map(q -> "\"" + q + "\":\"wichtig\"")
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        RawHttp.Response created = send("POST", "/api/v1/assessments", List.of("Content-Type: application/json"),
                ("{\"answers\":{" + complete + "}}").getBytes(StandardCharsets.UTF_8));
        RawHttp.Response draft = send("POST", "/api/v1/assessments", List.of("Content-Type: application/json"),
                "{\"answers\":{\"reichweite\":\"wichtig\"}}".getBytes(StandardCharsets.UTF_8));
        String view = ClientTokens.jsonField(created.body(), "token");
        RawHttp.Response page = RawHttp.get(port, "/auswertung/" + view);
        SignedIn workspace = signInToTheWorkspace();
        return new HostileRequests.Fixtures(
                view, ClientTokens.jsonField(draft.body(), "token"), ClientTokens.jsonField(created.body(), "deleteToken"),
                ClientTokens.csrfCookie(page.header("Set-Cookie")), ClientTokens.formToken(page.body()),
                workspace.cookies(), workspace.csrfToken(), workspace.otherAccountId(), workspace.companyId());
    }

    /** A signed-in administrator's cookies, form token and client company, and a consultant's account id. */
    private record SignedIn(String cookies, String csrfToken, String otherAccountId, String companyId) {}

    private SignedIn signInToTheWorkspace() throws IOException {
        Account admin = accounts.create(
                Workspace.newEmail("hostile"), Role.ADMINISTRATOR,
                Workspace.PASSWORD, null);
        Account consultant = accounts.create(
                Workspace.newEmail("hostile"), Role.CONSULTANT,
                Workspace.PASSWORD, null);
        Map<String, String> cookies = new TreeMap<>();
        String signIn = browse("GET", "/anmelden", cookies, null).body();
        HttpResponse<String> signedIn = browse("POST", "/anmelden", cookies, "_csrf=" + encode(ClientTokens.formToken(signIn))
                + "&email=" + encode(admin.email()) + "&password=" + encode(Workspace.PASSWORD));
        assertThat(signedIn.statusCode()).as("sign-in").isEqualTo(302);
        String csrf = ClientTokens.formToken(browse("GET", "/arbeitsbereich/konto", cookies, null).body());
        HttpResponse<String> company = browse("POST", "/arbeitsbereich/unternehmen/neu", cookies,
                "_csrf=" + encode(csrf) + "&companyName=" + encode("Feindselig & Co. KG"));
        Matcher companyId = COMPANY.matcher(company.headers().firstValue("Location").orElse(""));
        assertThat(companyId.find()).as("client company created: " + company.headers().map()).isTrue();
        String header = cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return new SignedIn(header, csrf, consultant.id().toString(), companyId.group(1));
    }

    /** One request as a browser sends it, keeping the cookies it sets. */
    private HttpResponse<String> browse(String method, String path, Map<String, String> cookies, String form)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        request.method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String value = pair.substring(equals + 1);
            if (value.isEmpty()) {
                cookies.remove(pair.substring(0, equals));
            } else {
                cookies.put(pair.substring(0, equals), value);
            }
        }
        return response;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** What is wrong with the answer, or null if it is a clear answer. */
    static String judge(HostileRequests.Request request, RawHttp.Response response) {
        int status = response.status();
        if (status >= 500) {
            return "server error " + status;
        }
        if (status < 400 || request.method().equals("HEAD")) {
            return null;
        }
        String type = String.valueOf(response.header("Content-Type"));
        String body = response.body();
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("Whitelabel")) {
            return status + " shows internals";
        }
        if (type.startsWith("application/problem+json")) {
            if (!body.contains("\"title\":\"") || !body.contains("\"detail\":\"") || body.contains("\"detail\":\"\"")) {
                return status + " problem without title or detail";
            }
            if (status == 422 && !body.contains("\"field\":\"")) {
                return "422 without the fields in error";
            }
            return null;
        }
        if (type.startsWith("text/html")) {
            return body.contains("<main") && body.contains("<h1") ? null : status + " page without heading";
        }
        return status + " answered as " + type + ": " + (body.length() > 80 ? body.substring(0, 80) : body);
    }

    @Test
    void everyHostileRequestGetsAClearAnswerAndNeverAServerError() throws IOException {
        int size = Integer.getInteger("quickcheck.corpus.size", 300);
        long seed = Long.getLong("quickcheck.corpus.seed", 20261130L);
        List<HostileRequests.Request> corpus = new HostileRequests(seed, fixtures()).next(size);
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Map<Integer, Integer>> statusesByKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();

        for (HostileRequests.Request request : corpus) {
            RawHttp.Response response = send(request.method(), request.target(), request.headers(), request.body());
            statuses.merge(response.status(), 1, Integer::sum);
            kinds.merge(request.kind(), 1, Integer::sum);
            statusesByKind.computeIfAbsent(request.kind(), k -> new TreeMap<>()).merge(response.status(), 1, Integer::sum);
            String problem = judge(request, response);
            if (problem != null) {
                failures.add(problem + " <- " + request.describe());
            }
        }

        String report = "hostile corpus: " + size + " requests (seed " + seed + ")\nkinds: " + kinds + "\nstatuses: "
                + statuses + "\nby kind: " + statusesByKind + "\nunclear or failed: " + failures.size() + "\n" + String.join("\n", failures) + "\n";
        Files.writeString(Path.of("target", "hostile-corpus.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report.lines().limit(5).reduce((a, b) -> a + "\n" + b).orElse(""));
        assertThat(failures).as(report).isEmpty();
    }
}
