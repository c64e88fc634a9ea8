package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page describes itself for search engines and link previews with one
 * {@code <meta name="description">} in the page's language: page-specific where a page has a
 * topic of its own (a channel page uses the channel's summary), never a missing message key. The
 * error pages, rendered outside MockMvc, are checked in {@link ErrorPagesIntegrationTest}.
 */
@QuickcheckContext
class MetaDescriptionIntegrationTest {

    private static final List<String> PAGES = List.of(
            "/", "/fragebogen", "/ergebnis?k=2022&a=01230123012301", "/kanaele", "/kanaele/track-and-trace",
            "/kanaele/website", "/beduerfnisse", "/customer-journey", "/tipps", "/glossar", "/hilfe", "/impressum",
            "/datenschutz");

    @Autowired
    MockMvc mvc;

    private String description(String url, String language) throws Exception {
        String html = mvc.perform(get(url).header("Accept-Language", language))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        Elements meta = page.select("head meta[name=description]");
        assertThat(meta).as(url + " (" + language + ")").hasSize(1);
        return meta.attr("content");
    }

    @Test
    void everyPageHasADescriptionInItsLanguage() throws Exception {
        for (String language : List.of("de", "en")) {
            Map<String, String> seen = new HashMap<>();
            for (String url : PAGES) {
                String description = description(url, language);
                assertThat(description).as(url + " (" + language + ")")
                        .hasSizeBetween(50, 170)
                        .doesNotContain("??", "{", "}");
                String other = seen.put(description, url);
                assertThat(other).as(url + " shares its description with " + other).isNull();
            }
        }
        assertThat(description("/", "de")).contains("Kanäle");
        assertThat(description("/", "en")).contains("channels");
    }

    @Test
    void aChannelPageIsDescribedByItsSummary() throws Exception {
        String html = mvc.perform(get("/kanaele/track-and-trace").header("Accept-Language", "de"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(page.selectFirst("main .lead").text());
    }

    @Test
    void aSavedAssessmentHasADescription() throws Exception {
        String location = mvc.perform(post("/auswertungen").with(csrf()).param("k", "2022").param("a", "32103210321032"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/auswertung/");
        String view = location.substring(0, location.indexOf("/gespeichert"));
        assertThat(description(view, "de")).contains("Auswertung");
        assertThat(description(view, "en")).contains("assessment");
    }
}
