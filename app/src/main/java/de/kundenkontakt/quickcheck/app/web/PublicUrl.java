package de.kundenkontakt.quickcheck.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address at which people reach this application, for the links they are told to keep. It never
 * comes from a Host header that someone else could have sent:
 *
 * <ol>
 *   <li>{@code quickcheck.public-url} if the operator set it (such as {@code https://quickcheck.example.org});
 *   <li>else the request's own address, if the operator lets a proxy pass it on
 *       ({@code server.forward-headers-strategy} other than {@code none}) or if it names this machine
 *       (localhost, 127.0.0.1, [::1]: development);
 *   <li>else the address and port of the connection's server side, with a warning once that
 *       {@code quickcheck.public-url} should be set.
 * </ol>
 *
 * Thread-safe.
 */
@Component
public class PublicUrl {

    private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);

    private final String configured;
    private final boolean trustForwardedHeaders;
    private final AtomicBoolean warned = new AtomicBoolean();

    PublicUrl(
            @Value("${quickcheck.public-url:}") String configured,
            @Value("${server.forward-headers-strategy:none}") String forwardHeadersStrategy) {
        this.configured = configured == null || configured.isBlank() ? null : checked(configured.strip());
        this.trustForwardedHeaders = !"none".equalsIgnoreCase(forwardHeadersStrategy.strip());
    }

    /** Scheme, host, port and context path of the current request's application, without a final "/". */
    public String origin() {
        if (configured != null) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return origin(attributes.getRequest());
        }
        throw new IllegalStateException("no request to take the address from; set quickcheck.public-url");
    }

    /** Scheme, host, port and context path under which {@code request} reached the application. */
    public String origin(HttpServletRequest request) {
        if (configured != null) {
            return configured;
        }
        if (trustForwardedHeaders || isLoopback(request.getServerName())) {
            return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        }
        if (warned.compareAndSet(false, true)) {
            log.warn("quickcheck.public-url is not set: links for copying use this server's own address {}:{};"
                    + " set the address people use (see docs/operations.md)", request.getLocalAddr(), request.getLocalPort());
        }
        String host = request.getLocalAddr();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return request.getScheme() + "://" + host + ":" + request.getLocalPort() + request.getContextPath();
    }

    private static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        if (!name.matches("[0-9.]+|\\[?[0-9a-f:]+]?")) {
            return false; // a name: never resolved here
        }
        try {
            return InetAddress.getByName(name.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (java.net.UnknownHostException notAnAddress) {
            return false;
        }
    }

    private static String checked(String url) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("quickcheck.public-url must be an http(s) address such as"
                        + " https://quickcheck.example.org, not " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("quickcheck.public-url is not an address: " + url, e);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
