package de.kundenkontakt.quickcheck.app.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * A client of real servers that behaves like a browser without JavaScript: it keeps cookies (for
 * 127.0.0.1, whatever the port, as browsers do), follows no redirect by itself, and sends a form
 * with the CSRF token of the page it came from. Behind an imagined proxy it can say which client
 * address it stands for ({@code X-Forwarded-For}).
 */
final class Browserless {

    private final HttpClient client;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final Map<String, String> proxyHeaders;

    /** A client that connects directly. */
    Browserless() {
        this(Map.of());
    }

    /** A client whose requests a proxy forwards for this client address. */
    Browserless(String forwardedFor) {
        this(Map.of("X-Forwarded-For", forwardedFor));
    }

    /** A client whose requests a proxy forwards with these headers, such as {@code X-Forwarded-Proto}. */
    Browserless(Map<String, String> proxyHeaders) {
        this.proxyHeaders = Map.copyOf(proxyHeaders);
        client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return client.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(int port, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path)).header("Accept-Language", "de");
        proxyHeaders.forEach(request::header);
        return request;
    }

    /**
     * Opens the page, then sends its form whose action is {@code action} with the given fields and
     * the page's CSRF token.
     */
    HttpResponse<String> submit(int port, String page, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        String token = Jsoup.parse(get(port, page).body()).select("form[action=" + action + "] input[name=_csrf]").val();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token);
        return post(port, action, all);
    }

    /** Sends the fields as a form, without adding anything. */
    HttpResponse<String> post(int port, String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(request(port, path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in with the form of the sign-in page; returns the answer to the form. */
    HttpResponse<String> signIn(int port, String email, String password) throws IOException, InterruptedException {
        return submit(port, "/anmelden", "/anmelden", Map.of("email", email, "password", password));
    }

    /** The names of the cookies the client holds now. */
    List<String> cookieNames() {
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName()).toList();
    }

    /** The Set-Cookie headers of a response that set a cookie of this name. */
    static List<String> setCookies(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith(name + "=")).toList();
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
