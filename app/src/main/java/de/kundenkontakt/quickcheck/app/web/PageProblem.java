package de.kundenkontakt.quickcheck.app.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;

/**
 * What a page shows for a feature's exception: a status and either the feature's own page or the
 * application's error page for that status; for the feature's page also the values its template
 * needs and the headers the answer carries (such as {@code Retry-After}). Immutable.
 *
 * @param status the response status, not null
 * @param view the feature's template, or null for the error page of the whole application
 * @param model values for the feature's template by name; never null, immutable
 * @param headers response headers by name; never null, immutable
 */
public record PageProblem(HttpStatus status, String view, Map<String, Object> model, Map<String, String> headers) {

    public PageProblem {
        Objects.requireNonNull(status, "status");
        model = Map.copyOf(model);
        headers = Map.copyOf(headers);
    }

    /**
     * The feature's own page. Its language links lead to the start page, never back to the address
     * that failed: that address may hold a private link.
     *
     * @param view the template, not null
     */
    public static PageProblem page(HttpStatus status, String view) {
        return new PageProblem(status, Objects.requireNonNull(view, "view"), Map.of(), Map.of());
    }

    /** The application's error page for the status, as for any other request that fails with it. */
    public static PageProblem errorPage(HttpStatus status) {
        return new PageProblem(status, null, Map.of(), Map.of());
    }

    /** This problem with one more value for the template. */
    public PageProblem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(model);
        more.put(name, value);
        return new PageProblem(status, view, more, headers);
    }

    /** This problem with one more response header. */
    public PageProblem withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new PageProblem(status, view, model, more);
    }
}
