package de.kundenkontakt.quickcheck.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * Pages that show a secret, such as a private, delete or participation link, in their content or
 * address: no cache, the browser's included, may store them.
 */
public final class PrivatePages {

    private PrivatePages() {}

    /** Marks the response {@code Cache-Control: no-store}. */
    public static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
