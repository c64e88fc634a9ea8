package de.kundenkontakt.quickcheck.app.web;

import java.util.Objects;
import org.springframework.http.HttpStatus;

/**
 * What a page shows for a feature's exception: a status and either the feature's own page or the
 * application's error page for that status. Immutable.
 *
 * @param status the response status, not null
 * @param view the feature's template, or null for the error page of the whole application
 */
public record PageProblem(HttpStatus status, String view) {

    public PageProblem {
        Objects.requireNonNull(status, "status");
    }

    /**
     * The feature's own page. Its language links lead to the start page, never back to the address
     * that failed: that address may hold a private link.
     *
     * @param view the template, not null
     */
    public static PageProblem page(HttpStatus status, String view) {
        return new PageProblem(status, Objects.requireNonNull(view, "view"));
    }

    /** The application's error page for the status, as for any other request that fails with it. */
    public static PageProblem errorPage(HttpStatus status) {
        return new PageProblem(status, null);
    }
}
