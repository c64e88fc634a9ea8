package de.kundenkontakt.quickcheck.app.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Tests only: serves pages that a {@link PageTour} kept, unchanged, from the running application,
 * so that Chromium shows each state of a page (a failed form, a 429, a signed-in workspace page)
 * with the application's own style sheets, scripts and security headers, at an address of its own.
 */
@Controller
class RenderedPagesController {

    static final String PATH = "/test/seite/";

    private static final Map<String, String> PAGES = new ConcurrentHashMap<>();

    /** Offers a page at {@link #PATH} followed by its key. */
    static void offer(PageTour.Page page) {
        PAGES.put(page.key(), page.html());
    }

    @GetMapping(PATH + "{key}")
    @ResponseBody
    ResponseEntity<String> show(@PathVariable String key) {
        String html = PAGES.get(key);
        if (html == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }
}
